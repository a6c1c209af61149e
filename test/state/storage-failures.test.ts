/**
 * Every failure of the browser's storage is shown (storageFailure, a Danish message in the UI), never
 * lost in a rejected promise; and start-up always ends in a usable state.
 */
import { describe, expect, it } from 'vitest';
import { anyString, objectContaining, stringContaining } from '../matchers';
import { compressToEncodedURIComponent } from 'lz-string';
import { createAppStore, IPS_EXAMPLE } from '../../src/state';
import { failingStorage, fakePlatform } from './fake-platform';

const retitle = (title: string) => <S extends { title: string }>(s: S): S => ({ ...s, title });

async function startedOnFailingStorage() {
  const storage = failingStorage();
  const platform = fakePlatform(storage);
  const store = createAppStore(IPS_EXAMPLE, { platform, autosaveDelayMs: 0 });
  await store.getState().startLibrary();
  store.getState().applyEdit('Titel', retitle('Første'));
  await store.getState().flushSave();
  return { store, storage, platform };
}

describe('storage failures are shown', () => {
  it('a failed autosave says so and keeps the document open', async () => {
    const { store, storage } = await startedOnFailingStorage();
    storage.failing = true;
    store.getState().applyEdit('Titel', retitle('Anden'));
    await store.getState().flushSave();
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().storageFailure).toEqual({ action: 'save', detail: stringContaining('QuotaExceededError') });
    expect(store.getState().scenario?.title).toBe('Anden');
  });

  it.each(['rename', 'duplicate', 'delete'] as const)('a failed %s resolves, leaves the library as it was and says why', async (action) => {
    const { store, storage } = await startedOnFailingStorage();
    const kept = store.getState().docId;
    store.getState().openExample(IPS_EXAMPLE.json, 'IPS'); // another document is open, so `kept` can be acted on
    const before = store.getState().library;
    storage.failing = true;
    const run = {
      rename: () => store.getState().renameDocument(kept, 'Nyt navn'),
      duplicate: () => store.getState().duplicateDocument(kept, (t) => `${t} (kopi)`),
      delete: () => store.getState().deleteDocument(kept),
    }[action];
    await expect(run()).resolves.toBeUndefined();
    expect(store.getState().storageFailure?.action).toBe(action);
    expect(store.getState().library).toEqual(before);
    store.getState().dismissStorageFailure();
    expect(store.getState().storageFailure).toBeNull();
  });

  it('a file that cannot be saved is reported, not thrown', async () => {
    const { store, platform } = await startedOnFailingStorage();
    platform.saveFile = async () => { throw new DOMException('disk full', 'NotReadableError'); };
    await expect(store.getState().saveToFile()).resolves.toBe(false);
    expect(store.getState().storageFailure?.action).toBe('file');
  });
});

describe('start-up always ends usable', () => {
  it.each([-1, 0.5])('a link with schemaVersion %s is refused with a message and the library is ready', async (schemaVersion) => {
    const link = `#s=${compressToEncodedURIComponent(JSON.stringify({ kind: 'afkast.scenario', schemaVersion, title: 'x' }))}`;
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(undefined, link) });
    await store.getState().startLibrary();
    expect(store.getState().libraryStatus).toBe('ready');
    expect(store.getState().rejected).toMatchObject({ source: 'link', errors: [objectContaining({ path: anyString() })] });
    expect(store.getState().scenario?.title).toBe((IPS_EXAMPLE.json as { title: string }).title);
  });

  it('storage that fails on every call still ends in a usable state', async () => {
    const storage = failingStorage();
    storage.failing = true;
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage) });
    await store.getState().startLibrary();
    expect(store.getState().libraryStatus).toBe('ready');
    expect(store.getState().scenario).not.toBeNull();
  });
});
