/**
 * Keeping work safe: each change of the scenario is written to the browser's library 300 ms after
 * the last one, and a new page (a reload, or after a crash) reopens the document last worked on —
 * unless the address carries a share link, which opens as a new document with the old work kept.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, IPS_EXAMPLE } from '../../src/state';
import { encodeShareFragment } from '../../src/io/share-link';
import { openIndexedDbStorage } from '../../src/platform/indexeddb-storage';
import { createMemoryStorage, type LibraryStorage } from '../../src/platform/library-storage';
import { fakePlatform } from './fake-platform';

let dbCount = 0;
/** A fresh IndexedDB database per test, as a new browser profile would have. */
const freshDb = () => openIndexedDbStorage(`afkast-test-${++dbCount}`);

const retitle = (title: string) => <S extends { title: string }>(s: S): S => ({ ...s, title });

afterEach(() => { vi.useRealTimers(); });

/** Counts the storage's writes. */
function counting(storage: LibraryStorage): LibraryStorage & { puts: string[] } {
  const puts: string[] = [];
  return { ...storage, puts, put: async (doc) => { puts.push(doc.title); await storage.put(doc); } };
}

describe('autosave', () => {
  it('writes the scenario once, 300 ms after the last of several quick edits', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const storage = counting(createMemoryStorage());
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage) });
    await store.getState().startLibrary();
    store.getState().applyEdit('Titel', retitle('A'));
    await vi.advanceTimersByTimeAsync(200);
    store.getState().applyEdit('Titel', retitle('AB'));
    await vi.advanceTimersByTimeAsync(299); // 299 ms after the last edit: not yet
    expect(storage.puts).toEqual([]);
    expect(store.getState().saveStatus).toBe('pending');
    await vi.advanceTimersByTimeAsync(1);
    expect(storage.puts).toEqual(['AB']);
    const [doc] = await storage.list();
    expect(doc).toMatchObject({ docId: store.getState().docId, title: 'AB' });
    expect(store.getState().library.map((d) => d.title)).toEqual(['AB']);
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('does not keep an example nobody has changed: it can be opened again from the gallery', async () => {
    const storage = createMemoryStorage();
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage), autosaveDelayMs: 0 });
    await store.getState().startLibrary();
    store.getState().setMeasure('annual'); // a view change is not a change of the document
    await store.getState().flushSave();
    expect(await storage.list()).toEqual([]);
  });

  it('writes the last change of a document that is left before its 300 ms are up', async () => {
    const storage = createMemoryStorage();
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage), autosaveDelayMs: 10_000 });
    await store.getState().startLibrary();
    store.getState().applyEdit('Titel', retitle('Før skiftet'));
    const left = store.getState().docId;
    store.getState().openExample(IPS_EXAMPLE.json, IPS_EXAMPLE.title);
    await store.getState().flushSave();
    expect((await storage.get(left))?.scenario.title).toBe('Før skiftet');
  });
});

describe('recovery after a reload or a crash (IndexedDB)', () => {
  it('reopens the document last worked on, under the same docId, with the edited title', async () => {
    const storage = await freshDb();
    const before = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage) });
    await before.getState().startLibrary();
    before.getState().applyEdit('Titel', retitle('Min IPS-case'));
    await before.getState().flushSave();

    const after = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage) });
    expect(after.getState().scenario?.title).toMatch(/^IPS/); // the page starts on the example …
    await after.getState().startLibrary();
    expect(after.getState().scenario?.title).toBe('Min IPS-case'); // … and recovers the work
    expect(after.getState().docId).toBe(before.getState().docId);
    expect(after.getState().library.map((d) => d.title)).toEqual(['Min IPS-case']);
    expect(after.temporal.getState().pastStates).toEqual([]); // reopening is not an edit to undo
  });

  it('opens the IPS example when nothing is stored', async () => {
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(await freshDb()) });
    await store.getState().startLibrary();
    expect(store.getState().scenario?.title).toBe(IPS_EXAMPLE.title);
    expect(store.getState().libraryStatus).toBe('ready');
  });

  it('keeps working in memory when the browser has no storage', async () => {
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(null), autosaveDelayMs: 0 });
    await store.getState().startLibrary();
    store.getState().applyEdit('Titel', retitle('Kun i hukommelsen'));
    await store.getState().flushSave();
    expect(store.getState().libraryStatus).toBe('memory');
    expect(store.getState().library.map((d) => d.title)).toEqual(['Kun i hukommelsen']);
  });

  it('opens a share link in the address instead of the last document, keeps that in the library and clears the address', async () => {
    const storage = await freshDb();
    const first = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage) });
    await first.getState().startLibrary();
    first.getState().applyEdit('Titel', retitle('Mit arbejde'));
    await first.getState().flushSave();

    const shared = { ...first.getState().scenario!, title: 'Delt af en kollega' };
    const platform = fakePlatform(storage, encodeShareFragment(shared));
    const store = createAppStore(IPS_EXAMPLE, { platform });
    await store.getState().startLibrary();
    await store.getState().flushSave();
    expect(store.getState().scenario?.title).toBe('Delt af en kollega');
    expect(store.getState().origin).toBe('link');
    expect(store.getState().docId).not.toBe(first.getState().docId);
    expect(platform.fragment).toBe('');
    expect(store.getState().switchNotice?.previous.title).toBe('Mit arbejde');
    expect(store.getState().library.map((d) => d.title).sort()).toEqual(['Delt af en kollega', 'Mit arbejde']);

    store.getState().goBack();
    expect(store.getState().scenario?.title).toBe('Mit arbejde');
    expect(store.getState().docId).toBe(first.getState().docId);
  });

  it('reports a broken share link with its errors and reopens the last document instead', async () => {
    const storage = await freshDb();
    const first = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(storage) });
    await first.getState().startLibrary();
    first.getState().applyEdit('Titel', retitle('Mit arbejde'));
    await first.getState().flushSave();

    const platform = fakePlatform(storage, '#s=dette-er-ikke-et-scenarie');
    const store = createAppStore(IPS_EXAMPLE, { platform });
    await store.getState().startLibrary();
    expect(store.getState().rejected?.errors.map((e) => e.path)).toEqual(['(link)']);
    expect(store.getState().scenario?.title).toBe('Mit arbejde');
    expect(platform.fragment).toBe('');
  });
});
