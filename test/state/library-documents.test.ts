/**
 * "Mine scenarier" and files: the library lists, renames, duplicates and deletes documents; opening a
 * file switches to it with the previous work kept (and one click back); a broken or hostile file is
 * refused with its field-path errors while the current scenario stays exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, IPS_EXAMPLE, MAX_FILE_BYTES, fileNameFor } from '../../src/state';
import { serializeScenario } from '../../src/io/load-scenario';
import { createMemoryStorage } from '../../src/platform/library-storage';
import { fakePlatform, textFile } from './fake-platform';

const retitle = (title: string) => <S extends { title: string }>(s: S): S => ({ ...s, title });
const copyOf = (title: string) => `${title} (kopi)`;

async function startedStore() {
  const storage = createMemoryStorage();
  const platform = fakePlatform(storage);
  const store = createAppStore(IPS_EXAMPLE, { platform, autosaveDelayMs: 0 });
  await store.getState().startLibrary();
  return { store, storage, platform };
}

/** The IPS example as a file with a new title. */
function ipsFile(title: string) {
  return textFile(`${title}.json`, JSON.stringify({ ...(IPS_EXAMPLE.json as object), title }));
}

describe('the library of the user’s own scenarios', () => {
  it('lists, renames, duplicates and deletes documents', async () => {
    const { store, storage } = await startedStore();
    store.getState().applyEdit('Titel', retitle('Første'));
    const first = store.getState().docId;
    await store.getState().openFile(ipsFile('Anden'));
    await store.getState().flushSave();
    expect(store.getState().library.map((d) => d.title)).toEqual(['Anden', 'Første']); // newest first

    await store.getState().renameDocument(first, '  Omdøbt  ');
    expect((await storage.get(first))?.scenario.title).toBe('Omdøbt');
    expect(store.getState().library.find((d) => d.docId === first)?.title).toBe('Omdøbt');

    await store.getState().duplicateDocument(first, copyOf);
    const titles = store.getState().library.map((d) => d.title);
    expect(titles).toHaveLength(3);
    expect(titles).toContain('Omdøbt (kopi)');

    await store.getState().deleteDocument(first);
    expect(store.getState().library.map((d) => d.title).sort()).toEqual(['Anden', 'Omdøbt (kopi)']);
    expect(await storage.get(first)).toBeUndefined();
  });

  it('renames the open document as an edit that can be undone', async () => {
    const { store } = await startedStore();
    await store.getState().renameDocument(store.getState().docId, 'Nyt navn');
    expect(store.getState().scenario?.title).toBe('Nyt navn');
    expect(store.getState().lastEdit).toEqual({ key: 'renameDocument' });
    store.temporal.getState().undo();
    expect(store.getState().scenario?.title).toBe(IPS_EXAMPLE.title);
  });

  it('does not delete the open document (it would only be saved again)', async () => {
    const { store } = await startedStore();
    store.getState().applyEdit('Titel', retitle('Åben'));
    await store.getState().flushSave();
    await store.getState().deleteDocument(store.getState().docId);
    expect(store.getState().library.map((d) => d.title)).toEqual(['Åben']);
  });

  it('reopens a document from the library and can go back to the one it left', async () => {
    const { store } = await startedStore();
    store.getState().applyEdit('Titel', retitle('A'));
    const a = store.getState().docId;
    await store.getState().openFile(ipsFile('B'));
    expect(store.getState().switchNotice?.previous).toMatchObject({ docId: a, title: 'A' });
    await store.getState().flushSave();
    expect(await store.getState().openFromLibrary(a)).toBe(true);
    expect(store.getState().scenario?.title).toBe('A');
    expect(store.getState().switchNotice?.previous.title).toBe('B');
    store.getState().goBack();
    expect(store.getState().scenario?.title).toBe('B');
    expect(store.getState().switchNotice).toBeNull();
  });
});

describe('opening any scenario as a new document', () => {
  it('keeps the previous work and offers the way back, as for a file', async () => {
    const { store } = await startedStore();
    store.getState().applyEdit('Titel', retitle('Før skabelonen'));
    expect(store.getState().openDocument({ ...(IPS_EXAMPLE.json as object), title: 'Ny case' }, 'template', 'Ny case')).toBe(true);
    expect(store.getState()).toMatchObject({ origin: 'template', switchNotice: { previous: { title: 'Før skabelonen' } } });
    expect(store.getState().openDocument({ title: 7 }, 'template', 'Skabelon')).toBe(false);
    expect(store.getState().rejected?.source).toBe('Skabelon');
    expect(store.getState().scenario?.title).toBe('Ny case');
  });
});

describe('files', () => {
  it('saves the scenario as its JSON file, named after the title', async () => {
    const { store, platform } = await startedStore();
    store.getState().applyEdit('Titel', retitle('Brobygning på Østerbro – 2026'));
    expect(await store.getState().saveToFile()).toBe(true);
    expect(platform.saved).toEqual([{ text: serializeScenario(store.getState().scenario!), fileName: 'brobygning-paa-oesterbro-2026.json' }]);
  });

  it('makes file names from titles with Danish letters and no usable characters', () => {
    expect(fileNameFor('IPS – CEBR (2015)')).toBe('ips-cebr-2015.json');
    expect(fileNameFor('Ærø, Ålborg')).toBe('aeroe-aalborg.json');
    expect(fileNameFor('???')).toBe('scenario.json');
  });

  it('opens a file picked by the user', async () => {
    const { store, platform } = await startedStore();
    platform.nextPick = ipsFile('Fra disken');
    expect(await store.getState().pickAndOpenFile()).toBe(true);
    expect(store.getState().scenario?.title).toBe('Fra disken');
    expect(store.getState().origin).toBe('file');
  });

  const broken: [string, ReturnType<typeof textFile>, string][] = [
    ['not JSON', textFile('a.json', '{ "kind": '), '(file)'],
    ['another kind of file', textFile('b.json', JSON.stringify({ kind: 'afkast.catalogue', schemaVersion: 1 })), '(file)'],
    ['a schema error', textFile('c.json', JSON.stringify({ ...(IPS_EXAMPLE.json as object), settings: { horizonYears: 'syv' } })), 'settings.horizonYears'],
    ['an engine error', (() => {
      const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { interventions: { costs: { amount: unknown }[] }[] }[] };
      json.targetGroups[0]!.interventions[0]!.costs[0]!.amount = 'ukendt_navn * 2';
      return textFile('d.json', JSON.stringify(json));
    })(), 'targetGroups[0].interventions[0].costs[0].amount'],
    ['a file over 5 MB', textFile('e.json', '{}', MAX_FILE_BYTES + 1), '(file)'],
  ];
  for (const [what, file, path] of broken) {
    it(`refuses ${what} with its field-path errors and keeps the current work`, async () => {
      const { store } = await startedStore();
      store.getState().applyEdit('Titel', retitle('Mit arbejde'));
      const before = store.getState().scenario;
      const docId = store.getState().docId;
      expect(await store.getState().openFile(file)).toBe(false);
      expect(store.getState().scenario).toBe(before);
      expect(store.getState().docId).toBe(docId);
      expect(store.getState().rejected?.source).toBe(file.name);
      expect(store.getState().rejected?.errors.map((e) => e.path)).toContain(path);
      expect(store.getState().loadErrors).toEqual([]); // the results keep showing the current work
      store.getState().dismissRejected();
      expect(store.getState().rejected).toBeNull();
    });
  }

  it('does not read a file over 5 MB at all', async () => {
    const { store } = await startedStore();
    let read = false;
    await store.getState().openFile({ name: 'stor.json', size: 6 * 1024 * 1024, text: async () => { read = true; return '{}'; } });
    expect(read).toBe(false);
    expect(store.getState().rejected?.errors[0]?.message).toMatch(/6\.0 MB/);
  });
});
