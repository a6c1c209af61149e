/** Undo and redo name the edit they undo or redo, stay within one document, and are autosaved. */
import { describe, expect, it } from 'vitest';
import { createAppStore, IPS_EXAMPLE } from '../../src/state';
import { createMemoryStorage } from '../../src/platform/library-storage';
import { fakePlatform, textFile } from './fake-platform';

const retitle = (title: string) => <S extends { title: string }>(s: S): S => ({ ...s, title });

describe('undo and redo', () => {
  it('restores the scenario and the label of the edit before it, and redoes forward', () => {
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform() });
    store.getState().applyEdit('Omdøb til A', retitle('A'));
    store.getState().applyEdit('Omdøb til B', retitle('B'));
    const history = store.temporal.getState;
    expect(history().pastStates).toHaveLength(2);
    history().undo();
    expect(store.getState()).toMatchObject({ lastEdit: { key: 'Omdøb til A' } });
    expect(store.getState().scenario?.title).toBe('A');
    // The redo button names the edit it would redo: the label stored with the future state.
    expect(history().futureStates.at(-1)?.lastEdit).toEqual({ key: 'Omdøb til B' });
    history().undo();
    expect(store.getState().scenario?.title).toBe(IPS_EXAMPLE.title);
    expect(store.getState().lastEdit).toBeNull();
    history().redo();
    history().redo();
    expect(store.getState().scenario?.title).toBe('B');
  });

  it('starts a new history when another document is opened, so undo cannot bring the old one back', async () => {
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(), autosaveDelayMs: 0 });
    await store.getState().startLibrary();
    store.getState().applyEdit('Omdøb', retitle('Gammel'));
    await store.getState().openFile(textFile('ny.json', JSON.stringify({ ...(IPS_EXAMPLE.json as object), title: 'Ny' })));
    expect(store.temporal.getState().pastStates).toEqual([]);
    store.temporal.getState().undo();
    expect(store.getState().scenario?.title).toBe('Ny');
  });

  it('autosaves the undone state', async () => {
    const storage = createMemoryStorage();
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage), autosaveDelayMs: 0 });
    await store.getState().startLibrary();
    store.getState().applyEdit('Omdøb', retitle('Først'));
    store.getState().applyEdit('Omdøb', retitle('Så'));
    await store.getState().flushSave();
    store.temporal.getState().undo();
    await store.getState().flushSave();
    expect((await storage.get(store.getState().docId))?.scenario.title).toBe('Først');
  });
});
