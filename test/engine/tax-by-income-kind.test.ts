/**
 * Taxes by kind of income (issue 8, item 1): AM-bidrag on wages only and before the income taxes,
 * beskæftigelsesfradrag on wages only. One person-month moved from kontanthjælp (forsørger 30+,
 * 14,203 kr./md.) to a job at 25,000 kr./md. (the catalogue's EXAMPLE wage), under 2015 rules,
 * with the old flat 30 % refusion of passive kontanthjælp (the refunding ledger is the stat).
 *
 * 2015 rates, cited:
 *   AM-bidrag 8 % of gross wage (lov om arbejdsmarkedsbidrag § 3, L 220 2007-08; Skatteministeriet)
 *   kommuneskat 24.9 % (landsgennemsnit 2015; skm.dk, "Personskattesatserne for 2015", 6 Nov 2014)
 *   bundskat 8.08 %, sundhedsbidrag 4 % (same page)
 *   beskæftigelsesfradrag 8.05 %, at most 26,800 kr./year (skat.dk, "Beskæftigelsesfradrag", satser 2014–2022)
 * Kommuneskat and sundhedsbidrag are levied on skattepligtig indkomst (after the fradrag), bundskat
 * on personlig indkomst (after AM-bidrag, before the fradrag). The personfradrag is used in both
 * states (both incomes exceed it), so it cancels in u(to) − u(from) and is left out.
 *
 * Hand calculation per person-month:
 *   Job:  AM-bidrag 0.08 · 25,000 = 2,000 (stat)
 *         personlig indkomst 25,000 − 2,000 = 23,000; fradrag min(0.0805 · 25,000, 26,800/12) = 2,012.5
 *         kommuneskat 0.249 · (23,000 − 2,012.5) = 0.249 · 20,987.5 = 5,225.8875 (kommune)
 *         sundhedsbidrag 0.04 · 20,987.5 = 839.5; bundskat 0.0808 · 23,000 = 1,858.4 (stat)
 *   Kontanthjælp no longer paid: kommune 0.7 · 14,203 = 9,942.1; stat (refusion) 0.3 · 14,203 = 4,260.9
 *   Tax on kontanthjælp lost (no AM-bidrag, no fradrag): kommune 0.249 · 14,203 = 3,536.547;
 *         stat (0.0808 + 0.04) · 14,203 = 1,715.7224
 *   kommune 5,225.8875 + 9,942.1 − 3,536.547 = 11,631.4405
 *   stat    2,000 + 839.5 + 1,858.4 + 4,260.9 − 1,715.7224 = 7,243.0776
 *   total   18,874.5181: kommune 61.6 %, stat 38.4 % (CEBR's IPS case: 61/5/34 incl. region).
 * One rate per ledger applied alike to both incomes (the old rules: 0.25 and 0.12) gives the kommune
 * 12,641.35 of 18,197.89 = 69.5 %: the test below would have caught that structure.
 */
import { describe, expect, it } from 'vitest';
import { lineLabelText } from '../../src/format/line-text';
import { coreModel, group, outcome, project, scenario } from './helpers';
import type { ModelOverrides } from '../../src/engine';

const source = { title: 'test' };
const constant = (value: number) => ({ label: 'x', value, unit: 'share', source, note: 'see the file comment' });

const model2015: ModelOverrides = {
  constants: {
    kh: { ...constant(14_203), unit: 'DKK/month' }, loen: { ...constant(25_000), unit: 'DKK/month' },
    am: constant(0.08), kommuneskat: constant(0.249), bundskat: constant(0.0808), sundhed: constant(0.04),
    bfradrag: constant(0.0805), bfradrag_max: { ...constant(26_800), unit: 'DKK/year' },
  },
  refusionRules: { passiv_30: { type: 'flat', label: 'Passiv kontanthjælp, 30 %', share: 0.3 } },
  states: {
    kontanthjaelp: { label: 'Kontanthjælp', components: [{ type: 'benefit', label: 'Kontanthjælp', monthly: 'kh', payer: 'kommune', category: 'benefits', refusion: 'passiv_30', refundLedger: 'stat', taxable: true }] },
    job: { label: 'Job', components: [{ type: 'wage', label: 'Løn', monthly: 'loen' }] },
  },
  taxRules: {
    am_bidrag: { label: 'AM-bidrag', ledger: 'stat', category: 'taxes', rate: 'am', base: 'wage' },
    kommuneskat: { label: 'Kommuneskat', ledger: 'kommune', category: 'taxes', rate: 'kommuneskat', deductFirst: ['am_bidrag'], wageDeduction: { share: 'bfradrag', maxPerYear: 'bfradrag_max' } },
    sundhedsbidrag: { label: 'Sundhedsbidrag', ledger: 'stat', category: 'taxes', rate: 'sundhed', deductFirst: ['am_bidrag'], wageDeduction: { share: 'bfradrag', maxPerYear: 'bfradrag_max' } },
    bundskat: { label: 'Bundskat', ledger: 'stat', category: 'taxes', rate: 'bundskat', deductFirst: ['am_bidrag'] },
  },
};

function moveOneMonth(overrides: ModelOverrides) {
  const o = outcome({ startMonth: 0, durationMonths: 1, value: { type: 'derived', from: 'kontanthjaelp', to: 'job' } });
  const p = project(scenario([group({ outcomes: [o] })]), coreModel(overrides));
  return { kommune: p.ledgers.kommune!.annual[0]!, stat: p.ledgers.stat!.annual[0]!, total: p.total.annual[0]!, projection: p };
}

describe('taxes by kind of income: kontanthjælp → job, 2015 rules', () => {
  it('books per ledger what the hand calculation gives', () => {
    const v = moveOneMonth(model2015);
    expect(v.kommune).toBeCloseTo(11_631.4405, 6);
    expect(v.stat).toBeCloseTo(7_243.0776, 6);
    expect(v.total).toBeCloseTo(18_874.5181, 6);
  });

  it('the kommune\'s and the stat\'s shares are within 3 pp of the hand calculation (61.6 % / 38.4 %)', () => {
    const v = moveOneMonth(model2015);
    expect(Math.abs(v.kommune / v.total - 11_631.4405 / 18_874.5181)).toBeLessThan(0.03);
    expect(Math.abs(v.stat / v.total - 7_243.0776 / 18_874.5181)).toBeLessThan(0.03);
  });

  it('levies AM-bidrag on the wage only, never on the benefit', () => {
    const onlyAm: ModelOverrides = { ...model2015, taxRules: { am_bidrag: model2015.taxRules!.am_bidrag! } };
    const v = moveOneMonth(onlyAm);
    // stat: AM-bidrag 2,000 + refusion 4,260.9, and no AM-bidrag lost on the benefit
    expect(v.stat).toBeCloseTo(6_260.9, 6);
  });

  it('caps the beskæftigelsesfradrag at its yearly maximum', () => {
    const highWage: ModelOverrides = { ...model2015, constants: { ...model2015.constants, loen: { ...constant(40_000), unit: 'DKK/month' } } };
    const v = moveOneMonth(highWage);
    // kommuneskat of the job: 0.249 · (40,000 − 3,200 − 26,800/12); the rest as in the file comment
    const tax = 0.249 * (36_800 - 26_800 / 12);
    expect(v.kommune).toBeCloseTo(tax + 9_942.1 - 3_536.547, 6);
  });

  it('names each tax and its base in its own explainable line', () => {
    const { projection } = moveOneMonth(model2015);
    const labels = projection.lines.map((l) => lineLabelText(l.label, 'da')).join('\n');
    for (const l of ['AM-bidrag af løn', 'Kommuneskat af løn', 'Kommuneskat af kontanthjælp', 'Bundskat af kontanthjælp']) {
      expect(labels).toContain(l);
    }
    expect(labels).not.toContain('AM-bidrag af kontanthjælp');
  });
});
