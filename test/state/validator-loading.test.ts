/**
 * The validator (zod and the file-format schemas) is a chunk the page loads on demand
 * (src/state/validator.ts). The IPS example opens without it — it is built into the app, and the
 * validator returns it unchanged — and nothing from outside the app opens before it has arrived:
 * openScenario refuses with a message, start-up waits with the share link and the autosaved
 * document, opening a file waits; if it cannot load, the file is refused, never opened unchecked.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, IPS_EXAMPLE } from '../../src/state';
import { encodeShareFragment } from '../../src/io/share-link';
import { parseScenarioJson, serializeScenario } from '../../src/io/load-scenario';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { createMemoryStorage } from '../../src/platform/library-storage';
import { validator as realValidator } from '../../src/io/validator';
import { VALIDATOR_LOADING, type ValidatorSource, validatorSource } from '../../src/state/validator';
import { problemText } from '../../src/format/problem-text';
import { fakePlatform, textFile } from './fake-platform';

/** A validator source that arrives when the test says so (or fails to). */
function held(): ValidatorSource & { arrive: () => Promise<void>; fail: (error: Error) => Promise<void>; asked: () => number } {
  let resolve!: (m: { validator: typeof realValidator }) => void;
  let reject!: (error: Error) => void;
  let asked = 0;
  const source = validatorSource(() => {
    asked++;
    return new Promise((ok, no) => { resolve = ok; reject = no; });
  });
  const settle = async () => { for (let i = 0; i < 20; i++) await Promise.resolve(); };
  return {
    ...source,
    asked: () => asked,
    arrive: async () => { await settle(); resolve({ validator: realValidator }); await settle(); },
    fail: async (error) => { await settle(); reject(error); await settle(); },
  };
}

const ips = IPS_EXAMPLE.json as ScenarioFile;
const titled = (title: string): ScenarioFile => ({ ...structuredClone(ips), title });

describe('the IPS example is trusted', () => {
  it('the validator returns it unchanged, so opening it unchecked computes the same', () => {
    const loaded = parseScenarioJson(IPS_EXAMPLE.json);
    expect(loaded.ok).toBe(true);
    expect(loaded.ok && loaded.value.scenario).toStrictEqual(IPS_EXAMPLE.json);
    expect(loaded.ok && loaded.value.warnings).toEqual([]);
  });

  it('opens without the validator, as a copy of the file', () => {
    const validator = held();
    const store = createAppStore(IPS_EXAMPLE, { validator });
    expect(validator.loaded()).toBeNull();
    expect(store.getState().scenario).toStrictEqual(IPS_EXAMPLE.json);
    expect(store.getState().scenario).not.toBe(IPS_EXAMPLE.json);
    expect(store.getState()).toMatchObject({ origin: 'example', loadErrors: [], warnings: [] });
  });

  it('trust goes with the built-in file itself: the example with other JSON is checked (and refused before the validator)', () => {
    const validator = held();
    const store = createAppStore({ ...IPS_EXAMPLE, json: { ...ips, settings: { horizonYears: -1 } } }, { validator });
    expect(store.getState().scenario).toBeNull();
    expect(store.getState().loadErrors).toEqual([VALIDATOR_LOADING]);
  });
});

describe('before the validator has arrived', () => {
  it('openScenario refuses every file, link or example with a message and keeps the current document', async () => {
    const validator = held();
    const store = createAppStore(IPS_EXAMPLE, { validator, platform: fakePlatform() });
    const before = store.getState().scenario;
    expect(store.getState().openScenario(titled('Udefra'), 'file')).toEqual([VALIDATOR_LOADING]);
    expect(store.getState().openExample(titled('Eksempel'), 'Eksempel')).toBe(false);
    expect(store.getState().rejected).toEqual({ source: 'Eksempel', errors: [VALIDATOR_LOADING] });
    expect(store.getState().scenario).toBe(before);
    expect(validator.asked()).toBe(1); // the refusal sends for it, so the next try can succeed
    expect(problemText(VALIDATOR_LOADING, 'da')).toBe('Filen: filkontrollen indlæses stadig, så intet blev åbnet; prøv igen om et øjeblik');
    await validator.arrive();
    expect(store.getState().openExample(titled('Eksempel'), 'Eksempel')).toBe(true);
    expect(store.getState().scenario?.title).toBe('Eksempel');
  });

  it('start-up waits for it before it opens the share link in the address, then checks the link', async () => {
    const validator = held();
    const platform = fakePlatform(createMemoryStorage(), encodeShareFragment(titled('Fra linket')));
    const store = createAppStore(IPS_EXAMPLE, { validator, platform });
    const started = store.getState().startLibrary();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(validator.asked()).toBe(1);
    expect(store.getState()).toMatchObject({ libraryStatus: 'starting', origin: 'example' });
    expect(platform.fragment).not.toBe(''); // not read yet
    await validator.arrive();
    await started;
    expect(store.getState()).toMatchObject({ libraryStatus: 'ready', origin: 'link', rejected: null });
    expect(store.getState().scenario?.title).toBe('Fra linket');
  });

  it('a broken link that arrives first is refused with its errors once the validator is here, never opened', async () => {
    const validator = held();
    const broken = { ...titled('Ødelagt'), settings: { ...ips.settings, horizonYears: -3 } };
    const platform = fakePlatform(createMemoryStorage(), `#s=${encodeShareFragment(broken).slice(3)}`);
    const store = createAppStore(IPS_EXAMPLE, { validator, platform });
    const started = store.getState().startLibrary();
    await validator.arrive();
    await started;
    expect(store.getState().origin).toBe('example');
    expect(store.getState().rejected?.source).toBe('link');
    expect(store.getState().rejected?.errors.map((e) => e.path)).toEqual(['settings.horizonYears']);
  });

  it('start-up waits for it before it reopens the autosaved document, which it then checks', async () => {
    const storage = createMemoryStorage();
    const bad = { ...titled('Gemt, men ugyldig'), settings: { ...ips.settings, horizonYears: 'ti' } } as unknown as ScenarioFile;
    await storage.put({ docId: 'gemt', title: bad.title, updatedAt: 1, scenario: bad });
    await storage.setLastDocId('gemt');
    const validator = held();
    const store = createAppStore(IPS_EXAMPLE, { validator, platform: fakePlatform(storage) });
    const started = store.getState().startLibrary();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(store.getState().docId).not.toBe('gemt');
    await validator.arrive();
    await started;
    expect(store.getState().docId).not.toBe('gemt');
    expect(store.getState().origin).toBe('example');
    expect(store.getState().rejected?.source).toBe('Gemt, men ugyldig');
    expect(store.getState().rejected?.errors[0]?.path).toBe('settings.horizonYears');
  });

  it('a file being opened waits for it, and is checked', async () => {
    const validator = held();
    const store = createAppStore(IPS_EXAMPLE, { validator, platform: fakePlatform() });
    const good = store.getState().openFile(textFile('god.json', serializeScenario(titled('God'))));
    const bad = store.getState().openFile(textFile('daarlig.json', '{"kind":"afkast.scenario","schemaVersion":1}'));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(store.getState().origin).toBe('example');
    await validator.arrive();
    expect(await good).toBe(true);
    expect(await bad).toBe(false);
    expect(store.getState().scenario?.title).toBe('God');
    expect(store.getState().rejected?.source).toBe('daarlig.json');
  });

  it('a validator that cannot load refuses the file with the reason; a later try loads it again', async () => {
    const validator = held();
    const store = createAppStore(IPS_EXAMPLE, { validator, platform: fakePlatform() });
    const first = store.getState().openFile(textFile('god.json', serializeScenario(titled('God'))));
    await validator.fail(new Error('offline'));
    expect(await first).toBe(false);
    expect(store.getState().origin).toBe('example');
    expect(store.getState().rejected).toEqual({ source: 'god.json', errors: [{ path: '(file)', message: 'the file check cannot be loaded (offline)' }] });
    expect(problemText(store.getState().rejected!.errors[0]!, 'da')).toBe('Filen: filkontrollen kan ikke indlæses (offline)');
    const second = store.getState().openFile(textFile('god.json', serializeScenario(titled('God'))));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(validator.asked()).toBe(2);
    await validator.arrive();
    expect(await second).toBe(true);
    expect(store.getState().scenario?.title).toBe('God');
  });
});
