/** The example gallery holds every file in scenarios/, each opens and computes, and shows its first sentence. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndRun } from '../../src/io/load-scenario';
import { createAppStore, firstSentence, IPS_EXAMPLE } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { fakePlatform } from './fake-platform';

const SCENARIOS = new URL('../../scenarios/', import.meta.url).pathname;

describe('the example gallery', () => {
  it('lists every scenarios/*.json file, once', () => {
    const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
    expect(EXAMPLES.map((e) => e.id).sort()).toEqual(files);
  });

  it('puts the published IPS case first', () => {
    expect(EXAMPLES[0]).toBe(IPS_EXAMPLE);
  });

  for (const example of EXAMPLES) {
    it(`opens and computes ${example.id}, titled as in its file`, () => {
      const loaded = loadAndRun(JSON.stringify(example.json));
      expect(loaded.ok ? [] : loaded.errors).toEqual([]);
      expect(example.title).toBe((example.json as { title: string }).title);
      expect(example.summary.length).toBeGreaterThan(0);
    });
  }

  it('cuts the description after its first sentence, not inside an abbreviation or a number', () => {
    expect(firstSentence('Kommunen betaler 55.000 kr. pr. deltager i 1,5 år. Staten får resten.'))
      .toBe('Kommunen betaler 55.000 kr. pr. deltager i 1,5 år.');
    expect(firstSentence('Én sætning uden punktum')).toBe('Én sætning uden punktum');
    expect(IPS_EXAMPLE.summary.endsWith('Tabel 6.4).')).toBe(true);
  });

  it('opens an example as a new document, leaving the current one in the library', async () => {
    const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(), autosaveDelayMs: 0 });
    await store.getState().startLibrary();
    store.getState().applyEdit('Titel', (s) => ({ ...s, title: 'Mit arbejde' }));
    const mine = store.getState().docId;
    const other = EXAMPLES.at(-1)!;
    expect(store.getState().openExample(other.json, other.title)).toBe(true);
    await store.getState().flushSave();
    expect(store.getState().docId).not.toBe(mine);
    expect(store.getState().scenario?.title).toBe(other.title);
    expect(store.getState().switchNotice?.previous.docId).toBe(mine);
    expect(store.getState().library.map((d) => d.docId)).toEqual([mine]);
  });
});
