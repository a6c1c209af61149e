/**
 * The portfolio file is a contract (docs/portfolio.md §6): versioned, validated, every problem named
 * by its field path — a case's own problems under `cases[i].scenario.` — and never an exception.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePortfolioJson, parsePortfolioText } from '../../src/io/load-portfolio';
import { decodePortfolioFragment, encodePortfolioFragment } from '../../src/io/portfolio-link';
import type { PortfolioFile } from '../../src/io/portfolio-schema';
import type { ScenarioFile } from '../../src/io/scenario-schema';

const TEXT = readFileSync(new URL('../../scenarios/portefoeljer/pulje-2027-2030.json', import.meta.url), 'utf8');
/** The example portfolio as a fresh object to edit: a PortfolioFile whose cases' scenarios are read as the scenario files they are. */
type EditablePortfolio = PortfolioFile & { cases: { scenario: ScenarioFile }[] };
const file = () => JSON.parse(TEXT) as EditablePortfolio;

const errorsOf = (json: unknown) => {
  const r = parsePortfolioJson(json);
  if (r.ok) throw new Error('accepted');
  return r.errors;
};

describe('reading a portfolio file', () => {
  it('reads the example', () => {
    const r = parsePortfolioText(TEXT);
    expect(r.ok).toBe(true);
  });

  it('refuses another kind or version, naming the field', () => {
    expect(errorsOf({ ...file(), kind: 'afkast.scenario' })[0]!.path).toBe('kind');
    expect(errorsOf({ ...file(), schemaVersion: 2 })[0]).toMatchObject({ path: 'schemaVersion' });
  });

  it('names the field of a bad pool', () => {
    const f = file();
    f.pool.amount = -5;
    expect(errorsOf(f).map((e) => e.path)).toContain('pool.amount');
  });

  it('names a case scenario\'s own field under cases[i].scenario', () => {
    const f = file();
    f.cases[1]!.scenario.settings.horizonYears = 0;
    expect(errorsOf(f).map((e) => e.path)).toContain('cases[1].scenario.settings.horizonYears');
  });

  it('refuses an unknown variant, a duplicate case id and a selection that is not an option', () => {
    const f = file();
    f.cases[0]!.options = ['baseline', 'ingen-saadan'];
    f.cases[2]!.id = f.cases[3]!.id;
    f.cases[3]!.selected = 'ukendt';
    const paths = errorsOf(f).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['cases[0].options[1]', 'cases[3].id', 'cases[3].selected']));
  });

  it('refuses a case that starts before the pool opens', () => {
    const f = file();
    f.cases[0]!.scenario.settings.firstYear = 2026;
    expect(errorsOf(f)[0]!.message).toContain('before the pool opens in 2027');
  });

  it('never throws on a mutated file', () => {
    const base = file();
    const paths = ['pool', 'pool.amount', 'pool.yearlyDrawLimits', 'pool.repaymentShare', 'cases', 'cases.0', 'cases.0.scenario', 'cases.0.options', 'goal', 'cases.1.scenario.targetGroups'];
    fc.assert(fc.property(fc.constantFrom(...paths), fc.anything({ withNullPrototype: true }), (path, value) => {
      const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
      const steps = path.split('.');
      let node = copy as Record<string, unknown>;
      for (const step of steps.slice(0, -1)) node = node[step] as Record<string, unknown>;
      node[steps.at(-1)!] = value;
      const r = parsePortfolioJson(copy);
      if (!r.ok) for (const e of r.errors) expect(typeof e.path).toBe('string');
    }), { numRuns: 300 });
  });

  it('travels as a #p= link, and a damaged or foreign link is refused without a replacement', () => {
    const loaded = parsePortfolioText(TEXT);
    if (!loaded.ok) throw new Error('example');
    const fragment = encodePortfolioFragment(loaded.value.file);
    const back = decodePortfolioFragment(fragment);
    expect(back.ok && back.value.file).toEqual(loaded.value.file);
    const damaged = decodePortfolioFragment(fragment.slice(0, fragment.length / 2));
    expect(damaged.ok).toBe(false);
    expect(decodePortfolioFragment('#s=abc')).toEqual({ ok: false, errors: [{ path: '(link)', message: 'not a portfolio link (expected #p=…)' }] });
  });
});

