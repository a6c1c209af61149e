/** Hostile scenario files (issue 9): each is refused with a field path, never a crash or silent loss. */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment } from '../../src/io/share-link';
import { loadAndRun } from '../../src/io/load-scenario';
import { applyVariant } from '../../src/io/variants';
import { stringMatching } from '../matchers';
import { IPS_TEXT, ipsWith, type EditableFile } from './helpers';

const outcome = (f: EditableFile) => f.targetGroups[0].interventions[0].outcomes[0];
const variant = (path: string) => (f: EditableFile) => { f.variants = [{ id: 'v', title: 'v', changes: [{ path, value: 1 }] }]; };

const refused: Record<string, [string, string]> = {
  'variant path __proto__': [ipsWith(variant('__proto__.polluted')), 'variants[0].changes[0].path'],
  'variant path constructor.prototype': [ipsWith(variant('constructor.prototype.polluted')), 'variants[0].changes[0].path'],
  'duplicate variant ids': [ipsWith((f) => { f.variants = [{ id: 'v', title: 'a', changes: [] }, { id: 'v', title: 'b', changes: [] }]; }), 'variants[1].id'],
  'duplicate ledger ids': [ipsWith((f) => { f.model = { ledgers: [{ id: 'x', label: 'a' }, { id: 'x', label: 'b' }] }; }), 'model.ledgers[1].id'],
  'derived from constructor': [ipsWith((f) => { outcome(f).value = { type: 'derived', from: 'constructor', to: 'job' }; }), 'targetGroups[0].interventions[0].outcomes[0].value.from'],
  'derived to toString': [ipsWith((f) => { outcome(f).value = { type: 'derived', from: 'x', to: 'toString' }; }), 'targetGroups[0].interventions[0].outcomes[0].value.to'],
  'derived from __proto__': [ipsWith((f) => { outcome(f).value = { type: 'derived', from: '__proto__', to: 'hasOwnProperty' }; }), 'targetGroups[0].interventions[0].outcomes[0].value.from'],
  'refusionRule constructor': [ipsWith((f) => { f.settings.refusionRule = 'constructor'; }), 'settings.refusionRule'],
  'price index constructor': [ipsWith((f) => { f.settings.priceYear = 2015; f.settings.priceIndex = 'constructor'; }), 'settings.priceIndex'],
  'schemaVersion -1': [ipsWith((f) => { f.schemaVersion = -1; }), 'schemaVersion'],
  'schemaVersion 0.5': [ipsWith((f) => { f.schemaVersion = 0.5; }), 'schemaVersion'],
  'v0 costs [null]': [JSON.stringify({ horizonYears: 5, costs: [null] }), 'costs[0]'],
  '5,000-term sum in a cost amount': [ipsWith((f) => { f.targetGroups[0].interventions[0].costs[0].amount = Array(5_000).fill('1').join('+'); }), 'targetGroups[0].interventions[0].costs[0].amount'],
  '5,000-term sum in a parameter': [ipsWith((f) => { f.parameters.omkostning_pr_aar.value = Array(5_000).fill('1').join('+'); }), 'parameters.omkostning_pr_aar.value'],
  'v0 outcomes "x"': [JSON.stringify({ horizonYears: 5, outcomes: 'x' }), 'outcomes'],
};

describe('hostile scenario files', () => {
  for (const [name, [text, path]] of Object.entries(refused)) {
    it(`refuses ${name} at ${path}`, () => {
      const r = loadAndRun(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.map((e) => e.path)).toContain(path);
    });
  }

  for (const where of ['parameters', 'model.states', 'model.constants']) {
    it(`refuses a __proto__ entry in ${where} rather than dropping it`, () => {
      const text = IPS_TEXT.replace('"parameters": {', `${where === 'parameters' ? '' : `"model": { "${where.slice(6)}": { "__proto__": { "value": 1 } } },`} "parameters": {${where === 'parameters' ? ' "__proto__": { "value": 1 },' : ''}`);
      const r = loadAndRun(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.path).toBe(`${where}.__proto__`);
    });
  }

  it('refuses a value nested 20,000 levels deep with a path', () => {
    const deep = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;
    const r = loadAndRun(IPS_TEXT.replace('"parameters": {', `"variants": [{ "id": "v", "title": "v", "changes": [{ "path": "title", "value": ${deep} }] }], "parameters": {`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/nested more than/);
  });

  it('reads a file that starts with a UTF-8 byte-order mark', () => {
    expect(loadAndRun(`\uFEFF${IPS_TEXT}`).ok).toBe(true);
  });

  it('applying a __proto__ change leaves Object.prototype alone', () => {
    const loaded = loadAndRun(IPS_TEXT);
    if (!loaded.ok) throw new Error('IPS must load');
    const r = applyVariant(loaded.value.scenario, { changes: [{ path: '__proto__.polluted', value: 1 }] });
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile share links', () => {
  it('refuses a link whose variant value is nested 20,000 levels deep, with a path, without overflowing', () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const text = IPS_TEXT.replace('"parameters": {', `"variants": [{ "id": "v", "title": "v", "changes": [{ "path": "title", "value": ${deep} }] }], "parameters": {`);
    const r = decodeShareFragment(`#s=${compressToEncodedURIComponent(text)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]).toMatchObject({ path: stringMatching(/^variants\[0\]\.changes\[0\]\.value(\.a)+$/), message: stringMatching(/nested more than/) });
  });
});
