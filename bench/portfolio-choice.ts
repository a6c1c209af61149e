/**
 * `npm run bench:portfolio`: the exact portfolio choice (docs/portfolio.md §4) on 30 cases × 4
 * options (baseline and 3 variants) under yearly draw limits over 10 years. Not a test. Prints the
 * median time, in Node and in the app's worker in headless Chromium, of (a) the best set alone and
 * (b) the whole answer the page shows (best set, 3 runners-up and the binding limits), and, as the
 * naive way, exhaustive enumeration against the MIP on 6 cases (5^6 = 15.625 sets) in the same run.
 * Target: (b) under 1 s.
 */
import { chooseExact, createRandom, enumerateChoices, type CaseFlows, type ChoiceProblem } from '../src/engine';
import lz from 'lz-string';
import { loadMipSolver } from '../src/optimise/highs-solver';
import { buildAndServe, launchChromium } from '../scripts/serve-built-app';
import { measure } from './measure';

const YEARS = 10;
const random = createRandom('portfolio-bench');
const between = (lo: number, hi: number) => Math.round(lo + (hi - lo) * random());

function syntheticFlows(): CaseFlows {
  const start = between(0, 3), length = between(2, 4);
  const cost = between(2, 12) * 100_000;
  const draw = Array.from({ length: YEARS }, (_, t) => (t >= start && t < start + length ? cost : 0));
  const gain = cost * (0.5 + random());
  const repayment = Array.from({ length: YEARS }, (_, t) => (t > start && t <= start + length + 3 ? gain * 0.6 : 0));
  const npv = repayment.reduce((s, v, t) => s + v / 1.035 ** t, 0) - draw.reduce((s, v, t) => s + v / 1.035 ** t, 0);
  return { draw, repayment, repaymentByDepartment: { '-': repayment }, npvLedger: npv, npvPublic: npv * 1.4 };
}

function problem(cases: number, options: number): ChoiceProblem {
  return {
    goal: 'ledger-npv', years: YEARS,
    pool: { amount: 10_000_000, ledger: 'kommune', firstYear: 2027, periodYears: 4, repaymentShare: 1,
      yearlyDrawLimits: [2027, 2028, 2029, 2030].map((year) => ({ year, amount: 4_000_000 })) },
    cases: Array.from({ length: cases }, (_, c) => ({
      id: `c${c}`, label: `Case ${c}`,
      options: Array.from({ length: options }, (_, o) => ({ id: o === 0 ? 'baseline' : `v${o}`, label: `v${o}`, flows: syntheticFlows() })),
    })),
  };
}

/** A portfolio file of 30 small scenario cases with 3 variants each, for the browser run. */
function portfolioFile() {
  const cases = Array.from({ length: 30 }, (_, c) => {
    const count = between(10, 60), cost = between(20, 90) * 1000;
    return {
      id: `c${c}`, label: `Case ${c + 1}`, selected: 'baseline',
      scenario: {
        kind: 'afkast.scenario', schemaVersion: 1, title: `Case ${c + 1}`,
        settings: { horizonYears: 8, firstYear: 2027, perspective: 'budget', discount: { preset: 'fm-2021' }, discountTiming: 'start' },
        parameters: {},
        targetGroups: [{
          id: 'g', label: 'Gruppe', cohorts: [{ count, startMonth: 0 }, { count, startMonth: 12 }],
          interventions: [{
            id: 'i', label: 'Indsats',
            costs: [{ label: 'Forløb', amount: cost, basis: 'perParticipantOnce', payer: { ledger: 'kommune' }, category: 'intervention' }],
            outcomes: [{ label: 'Job', state: 'job', treated: 0.2 + random() * 0.2, counterfactual: 0.15, startMonth: 6, durationMonths: 48,
              value: { type: 'direct', perPersonYear: [{ ledger: 'kommune', category: 'benefits', amount: between(80, 160) * 1000 }] } }],
          }],
        }],
        variants: [
          { id: 'halv', title: 'Halve hold', changes: [{ path: 'targetGroups[0].cohorts[0].count', value: count / 2 }, { path: 'targetGroups[0].cohorts[1].count', value: count / 2 }] },
          { id: 'senere', title: 'Et år senere', changes: [{ path: 'settings.firstYear', value: 2028 }] },
          { id: 'billigere', title: 'Billigere forløb', changes: [{ path: 'targetGroups[0].interventions[0].costs[0].amount', value: cost * 0.8 }] },
        ],
      },
    };
  });
  return {
    kind: 'afkast.portfolio', schemaVersion: 1, title: 'Benchmark: 30 cases × 4 options', goal: 'ledger-npv',
    pool: { amount: 10_000_000, ledger: 'kommune', firstYear: 2027, periodYears: 4, repaymentShare: 1,
      yearlyDrawLimits: [2027, 2028, 2029, 2030].map((year) => ({ year, amount: 4_000_000 })) },
    cases,
  };
}

async function browserMedian(runs: number): Promise<number[]> {
  const app = await buildAndServe();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'da-DK' });
    // The page's own #p= link format (src/io/portfolio-link.ts); lz-string is CommonJS, so its default export here.
    await page.goto(`${app.url}#p=${lz.compressToEncodedURIComponent(JSON.stringify(portfolioFile()))}`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Portefølje og investeringspulje' }).waitFor();
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      await page.getByLabel('Mål for valget').selectOption(i % 2 ? 'public-npv' : 'ledger-npv');
      await page.getByRole('button', { name: 'Find bedste sæt inden for rammen' }).click();
      const text = await page.locator('.portfolio__elapsed').textContent({ timeout: 120_000 });
      const seconds = Number(/på ([\d,]+) s/.exec(text ?? '')![1]!.replace(',', '.'));
      if (i > 0) times.push(seconds * 1000); // the first run loads HiGHS
    }
    return times;
  } finally {
    await browser.close();
    await app.close();
  }
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

async function main() {
  const solve = await loadMipSolver();
  const big = problem(30, 4);
  const best = measure('best set', () => chooseExact(big, solve, 0), { warmup: 1, runs: 7 });
  const full = measure('best + 3 runners-up + binding limits', () => chooseExact(big, solve, 3), { warmup: 1, runs: 5 });
  const small = problem(6, 4);
  const mip = measure('MIP, 6 cases', () => chooseExact(small, solve, 0), { warmup: 1, runs: 7 });
  const naive = measure('enumeration, 6 cases', () => enumerateChoices(small, 0), { warmup: 0, runs: 3 });
  console.log(`Node ${process.version}: 30 cases × 4 options, 10 years, yearly limits`);
  console.log(`  best set alone:                          median ${best.medianMs.toFixed(0)} ms`);
  console.log(`  best + 3 runners-up + binding limits:    median ${full.medianMs.toFixed(0)} ms (target < 1000 ms)`);
  console.log(`  6 cases: enumeration ${naive.medianMs.toFixed(0)} ms vs MIP ${mip.medianMs.toFixed(0)} ms — ratio ${(naive.medianMs / mip.medianMs).toFixed(1)}×`);
  if (process.env.NODE_ONLY) return; // the Node figures only (no browser build)
  const browser = await browserMedian(5);
  console.log(`Chromium worker (the page's »Find bedste sæt«, whole answer): median ${median(browser).toFixed(0)} ms over ${browser.length} runs`);
}

void main();
