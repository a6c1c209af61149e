/**
 * The welfare view (docs/semantics.md, "The welfare view"; issue 8 item 3), worked by hand.
 *
 * Finansministeriet, Vejledning i samfundsøkonomiske konsekvensvurderinger (updated June 2023):
 *   NAF (nettoafgiftsfaktor) = 1.28, factor prices → market prices;
 *   SFF (skatteforvridningsfaktor) = 1 from June 2023 (1.1 from August 2017, 1.2 under the 1999 guidance).
 *
 * The case: one person, one year (12 months), Δ = 1 from month 0, no discounting, start-of-year timing,
 * dk-minimal catalogue:
 *   from  kontanthjælp, ikke-forsørger 30+: 10,689 kr./md. (Ekspertgruppen 2015, Tabel 7.7, 2014 level)
 *   to    a job at the public løntilskud hourly wage 121.47 kr. (Ekspertgruppen 2015, Boks 4.3) for
 *         117 hours a month (Boks 4.3: hours set so that pay ≈ kontanthjælp, forsørger:
 *         14,203 / 121.47 = 116.9 → 117): wage 121.47 × 117 = 14,211.99 kr./md.
 *   cost  X = 20,000 kr. once, kommune (EXAMPLE)
 *
 * Welfare NPV (SFF 1):
 *   production value   14,211.99 × 12 × 1.28                        = 218,296.1664  (to samfund)
 *   kontanthjælp       +10,689 × 12 to the public purse, −10,689 × 12 to the person  →       0  (transfer)
 *   taxes              + to the public purse, − to the person        →       0  (transfer)
 *   intervention       −20,000 × 1.28                                = −25,600
 *   distortion         (1 − 1) × net public budget effect            =       0
 *   total                                                            = 192,696.1664
 *
 * With SFF 1.1 (a 2017–2023 analysis) the distortion is 0.1 × the net public budget effect as booked
 * (not × NAF). dk-minimal's example tax rates, 25 % kommune and 12 % stat, on the wage gained less the
 * benefit lost (14,211.99 − 10,689 = 3,522.99 kr./md.):
 *   −20,000 + 10,689 × 12 + (0.25 + 0.12) × 3,522.99 × 12 = −20,000 + 128,268 + 15,642.0756 = 123,910.0756
 *   distortion 0.1 × 123,910.0756 = 12,391.00756; total 192,696.1664 + 12,391.00756 = 205,087.17396
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScenario, type Projection, type Scenario } from '../../src/engine';
import { parseScenarioText } from '../../src/io/load-scenario';
import { welfareStatement } from '../../src/format/welfare';
import { lineFormulaText } from '../../src/format/line-text';
import { cost, dkModel, group, outcome, project, scenario } from './helpers';

const WAGE = 121.47 * 117; // 14,211.99 kr./md.
const BENEFIT = 10_689;
const PRODUCTION = WAGE * 12 * 1.28; // 218,296.1664
const COST = 20_000;

function theCase(perspective: string, sff?: number): Scenario {
  return scenario([group({
    costs: [cost({ amount: COST, payer: { ledger: 'kommune', department: 'beskaeftigelse' } })],
    outcomes: [outcome({
      state: 'ordinaer_beskaeftigelse', durationMonths: 12,
      value: { type: 'derived', from: 'kontanthjaelp_ikke_forsoerger', to: 'ordinaer_beskaeftigelse' },
    })],
  })], { perspective }, {
    parameters: {
      loen_ordinaer_beskaeftigelse_maaned: { value: '121.47 * 117', unit: 'DKK/month', source: 'Ekspertgruppen (2015), Boks 4.3' },
      ...(sff === undefined ? {} : { skatteforvridningsfaktor: { value: sff, unit: 'factor', source: 'Finansministeriet (2017)' } }),
    },
  });
}

const sumOf = (p: Projection, ledger: string, category: string) => (p.ledgers[ledger]?.byCategory[category] ?? []).reduce((a, b) => a + b, 0);

describe('the welfare view, worked by hand (one person-year from kontanthjælp into a job)', () => {
  const p = project(theCase('welfare'), dkModel());

  it('books the production value of the wage gained, 14,211.99 × 12 × NAF 1.28 = 218,296.17 kr., to samfund', () => {
    expect(p.ledgers.samfund!.annual[0]).toBeCloseTo(PRODUCTION, 6);
    expect(p.total.byCategory.production![0]).toBeCloseTo(218_296.1664, 4);
  });

  it('leaves benefits and taxes out: a transfer is a gain to the public purse and a loss to the person', () => {
    expect(p.total.byCategory.benefits).toBeUndefined();
    expect(p.total.byCategory.taxes).toBeUndefined();
  });

  it('values the intervention cost at market prices: −20,000 × 1.28 = −25,600', () => {
    expect(p.total.byCategory.intervention![0]).toBeCloseTo(-25_600, 6);
  });

  it('gives a welfare NPV of 218,296.1664 − 25,600 = 192,696.17 kr. (SFF 1: no distortion)', () => {
    expect(p.total.npv).toBeCloseTo(192_696.1664, 4);
    expect(p.total.byCategory.distortion).toBeUndefined();
    expect(p.welfare).toEqual({ netTaxFactor: 1.28, distortionFactor: 1, sourceYear: 2023, assessed: true });
  });

  it('adds the distortion (SFF − 1) × the net public budget effect at SFF 1.1: 0.1 × 123,910.0756 = 12,391.01', () => {
    const q = project(theCase('welfare', 1.1), dkModel());
    expect(sumOf(q, 'samfund', 'distortion')).toBeCloseTo(12_391.00756, 4);
    expect(q.total.npv).toBeCloseTo(205_087.17396, 4);
  });

  it('leaves the budget view as it was: −20,000 + 128,268 + 15,642.08 = 123,910.08, no production, no NAF', () => {
    const b = project(theCase('budget'), dkModel());
    expect(b.total.npv).toBeCloseTo(-COST + BENEFIT * 12 + 0.37 * (WAGE - BENEFIT) * 12, 6);
    expect(b.total.npv).toBeCloseTo(123_910.0756, 4);
    expect(b.welfare).toBeUndefined();
    expect(b.ledgers.samfund!.annual[0]).toBe(0);
  });
});

describe('IPS under the welfare view (direct values, no wage)', () => {
  const loaded = parseScenarioText(readFileSync(new URL('../../scenarios/ips-inklusion.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const { scenario: ips, model } = loaded.value;
  const run = runScenario({ ...ips, settings: { ...ips.settings, perspective: 'welfare' } }, model);
  if (!run.ok) throw new Error(JSON.stringify(run.errors));

  it('is the cost at market prices only, −82,500 × 1.28 = −105,600, and says the production value is not computed', () => {
    expect(run.value.total.npv).toBeCloseTo(-82_500 * 1.28, 6);
    expect(run.value.welfare?.assessed).toBe(false);
    expect(welfareStatement(run.value.welfare!, 'da')).toMatch(/^produktionsværdien er ikke opgjort: .*direkte værdier/);
    expect(welfareStatement(run.value.welfare!, 'en')).toMatch(/^production value not computed: .*direct values/);
  });

  it('says nothing of the welfare view in the budget view, whose Tabel 6.4 result stands', () => {
    const budget = runScenario(ips, model);
    if (!budget.ok) throw new Error('budget');
    expect(budget.value.welfare).toBeUndefined();
    expect(budget.value.total.cumulative[6]).toBeCloseTo(201_410, -1);
  });
});

/**
 * A cost marked `welfare: "transfer"` (an employer wage subsidy: the money goes to a firm and buys no
 * resource). Same case, with a second cost: X = 40,000 kr. per participant per year for 12 months,
 * kommune (EXAMPLE), marked as a transfer.
 *   resource cost of X in the welfare view     0 (not −40,000 × 1.28 = −51,200)
 *   distortion at SFF 1.1                      0.1 × −40,000 = −4,000 (as booked, not × NAF)
 *   welfare NPV, SFF 1     192,696.1664 + 0                       = 192,696.1664
 *   welfare NPV, SFF 1.1   205,087.17396 − 4,000                  = 201,087.17396
 *   budget NPV             123,910.0756 − 40,000                  = 83,910.0756 (the same with or without the mark)
 */
describe('a cost marked as a transfer to a firm (welfare: "transfer")', () => {
  const X = 40_000;
  const withSubsidy = (perspective: string, mark: boolean, sff?: number): Scenario => {
    const s = theCase(perspective, sff);
    const iv = s.targetGroups[0]!.interventions[0]!;
    iv.costs.push(cost({
      label: 'Løntilskud til arbejdsgiver', amount: X, basis: 'perParticipantPerYear', durationMonths: 12,
      payer: { ledger: 'kommune', department: 'beskaeftigelse' }, ...(mark ? { welfare: 'transfer' as const } : {}),
    }));
    return s;
  };

  it('counts 0 as resource use: the intervention category is the other cost alone, −20,000 × 1.28', () => {
    const p = project(withSubsidy('welfare', true), dkModel());
    expect(p.total.byCategory.intervention![0]).toBeCloseTo(-25_600, 6);
    expect(p.total.npv).toBeCloseTo(192_696.1664, 4);
    const line = p.lines.find((l) => l.id.endsWith('costs[1]:payer'))!;
    expect(line.annual[0]).toBe(0);
    expect(line.formula.welfare).toEqual({ kind: 'transfer', factor: 0 });
    expect(lineFormulaText(line.formula, 'da')).toMatch(/ × overførsel til virksomhed 0$/);
    expect(lineFormulaText(line.formula, 'en')).toMatch(/ × transfer to a firm 0$/);
  });

  it('without the mark it is resource use: −40,000 × 1.28 = −51,200 more (the fault this mark fixes)', () => {
    const p = project(withSubsidy('welfare', false), dkModel());
    expect(p.total.npv).toBeCloseTo(192_696.1664 - 51_200, 4);
  });

  it('keeps the distortion of financing it: (SFF − 1) × X = 0.1 × −40,000 = −4,000 at SFF 1.1', () => {
    const marked = project(withSubsidy('welfare', true, 1.1), dkModel());
    expect(sumOf(marked, 'samfund', 'distortion')).toBeCloseTo(12_391.00756 - 4_000, 4);
    expect(marked.total.npv).toBeCloseTo(201_087.17396, 4);
  });

  it('leaves the budget and fiscal views unchanged, bit for bit: 123,910.0756 − 40,000 = 83,910.0756', () => {
    for (const perspective of ['budget', 'fiscal']) {
      const marked = project(withSubsidy(perspective, true), dkModel());
      const plain = project(withSubsidy(perspective, false), dkModel());
      expect(JSON.stringify(marked)).toBe(JSON.stringify(plain));
    }
    expect(project(withSubsidy('budget', true), dkModel()).total.npv).toBeCloseTo(83_910.0756, 4);
  });
});
