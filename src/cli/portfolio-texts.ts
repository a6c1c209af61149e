/** The portfolio command's words, in Danish (default) and English. */
import type { BindingLimit, ChoiceGoal } from '../engine';
import { formatKroner, formatShare, type Locale } from '../format/numbers';

export interface PortfolioTexts {
  pool: (o: { amount: number; ledger: string; from: number; to: number; share: string; limits: string }) => string;
  convention: (firstYear: number) => string;
  selectionHeading: string;
  chosenHeading: (goal: ChoiceGoal) => string;
  leftOut: string;
  baseline: string;
  noFlows: string;
  rows: { draw: string; repayment: string; balance: string };
  year: string;
  whole: (year: number | null, neverDrawn: boolean, lastYear: number) => string;
  overdrawn: (years: number[]) => string;
  overLimit: (years: number[]) => string;
  departments: (ledger: string) => string;
  noDepartment: string;
  ledgersHeading: string;
  npv: string;
  payback: string;
  paybackYear: (year: number | null) => string;
  binding: (b: BindingLimit) => string;
  noBinding: string;
  runnerUp: (rank: number, difference: string) => string;
  noFeasible: string;
  objective: (goal: ChoiceGoal, value: number) => string;
  monteCarlo: (o: { draws: number; failed: number; seed: string }) => string;
  probabilityInPeriod: (p: number, lastYear: number) => string;
  probabilityWithin: (p: number, lastYear: number) => string;
  fanHeading: string;
  percentile: (p: number) => string;
  noLimits: string;
  usage: string;
  help: string;
}

const money = (lang: Locale) => (v: number) => formatKroner(v, lang);

function da(): PortfolioTexts {
  const kr = money('da');
  const goalName: Record<ChoiceGoal, string> = {
    'ledger-npv': 'størst nutidsværdi for puljens kasse',
    'public-npv': 'størst nutidsværdi for den offentlige sektor',
    'fastest-whole': 'puljen hurtigst hel igen',
  };
  return {
    pool: (o) => `Pulje: ${kr(o.amount)} fra ${o.ledger}, budgetperiode ${o.from}–${o.to}; ${o.limits}; tilbagebetaling ${o.share} af de gevinster, der kan hjemtages.`,
    convention: (y) => `Beregnet i budgetperspektivet; nutidsværdier diskonteret til ${y} med hver cases egen rente; beløb i hver cases faste priser.`,
    selectionHeading: 'Sættet i filen',
    chosenHeading: (goal) => `Bedste sæt inden for rammen (mål: ${goalName[goal]})`,
    leftOut: 'ikke med',
    baseline: 'Grundscenarie',
    noFlows: 'Ingen strømme',
    rows: { draw: 'Træk på puljen', repayment: 'Tilbagebetaling', balance: 'Saldo ved årets udgang' },
    year: 'År',
    whole: (year, never, last) => (never ? 'Puljen kommer aldrig under sit beløb.' : year === null ? `Puljen er ikke hel igen senest ${last}.` : `Puljen er hel igen fra ${year}.`),
    overdrawn: (years) => `Puljen er overtrukket i ${years.join(', ')}.`,
    overLimit: (years) => `Årsrammen er overskredet i ${years.join(', ')}.`,
    departments: (ledger) => `Tilbagebetaling pr. forvaltning (${ledger})`,
    noDepartment: '(ingen forvaltning)',
    ledgersHeading: 'Porteføljens nøgletal pr. kasse',
    npv: 'Nutidsværdi',
    payback: 'Tilbagebetalt',
    paybackYear: (y) => (y === null ? 'ikke inden for årene' : `fra ${y}`),
    binding: (b) => `${b.kind === 'pool' ? `Puljen er bundet i ${b.year}` : `Årsrammen er bundet i ${b.year}`}: uden den grænse kunne ${b.unit === 'years' ? `puljen blive hel ${b.gain} år før` : `målet blive ${kr(b.gain)} bedre`}.`,
    noBinding: 'Ingen grænse er bindende: målet alene bestemmer valget.',
    runnerUp: (rank, diff) => `Nr. ${rank} (${diff} i forhold til det bedste)`,
    noFeasible: 'Intet sæt af cases passer inden for rammen.',
    objective: (goal, v) => (goal === 'fastest-whole' ? `hel igen fra ${v}` : `nutidsværdi ${kr(v)}`),
    monteCarlo: (o) => `Monte Carlo over porteføljen: ${o.draws} træk (frø ${o.seed})${o.failed ? `, ${o.failed} kunne ikke beregnes` : ''}; fælles parametre trækkes én gang.`,
    probabilityInPeriod: (p, y) => `Sandsynlighed for at puljen er hel igen senest ${y} (budgetperioden): ${formatShare(p, 'da')}`,
    probabilityWithin: (p, y) => `Sandsynlighed for at puljen er hel igen senest ${y}: ${formatShare(p, 'da')}`,
    fanHeading: 'Saldo ved årets udgang, fraktiler',
    percentile: (p) => `${Math.round(p * 100)}. fraktil`,
    noLimits: 'ingen årsramme',
    usage: 'Brug: npm run portfolio -- <portefølje.json> [--json] [--choose [--goal ledger-npv|public-npv|fastest-whole]] [--montecarlo N --seed S] [--lang da|en]',
    help: `Brug: npm run portfolio -- <portefølje.json> [tilvalg]

Viser en investeringspulje år for år: hver cases træk på puljen og tilbagebetaling af de gevinster,
der kan hjemtages, puljens saldo, året den er hel igen, forvaltningernes tilbagebetaling og
porteføljens nøgletal pr. kasse.

  --choose              find det bedste sæt inden for puljens rammer (eksakt, HiGHS), de bindende
                        grænser og de næstbedste sæt
  --goal <mål>          ledger-npv (standard: filens), public-npv eller fastest-whole
  --montecarlo N        N træk over alle cases på én gang; sandsynlighed for en hel pulje og vifte
  --seed S              frø til Monte Carlo (samme frø, samme svar)
  --json                alt som JSON
  --lang da|en          sprog og talformat`,
  };
}

function en(): PortfolioTexts {
  const kr = money('en');
  const goalName: Record<ChoiceGoal, string> = {
    'ledger-npv': "largest NPV for the pool's ledger",
    'public-npv': 'largest NPV for the public sector',
    'fastest-whole': 'pool whole again soonest',
  };
  return {
    pool: (o) => `Pool: ${kr(o.amount)} from ${o.ledger}, budget period ${o.from}–${o.to}; ${o.limits}; repayment ${o.share} of the gains that can be taken back.`,
    convention: (y) => `Computed in the budget perspective; NPVs discounted to ${y} at each case's own rate; amounts in each case's constant prices.`,
    selectionHeading: 'The set in the file',
    chosenHeading: (goal) => `Best set within the frame (goal: ${goalName[goal]})`,
    leftOut: 'left out',
    baseline: 'Baseline',
    noFlows: 'No flows',
    rows: { draw: 'Drawn from the pool', repayment: 'Repaid', balance: 'Balance at year end' },
    year: 'Year',
    whole: (year, never, last) => (never ? 'The pool never falls below its amount.' : year === null ? `The pool is not whole again by ${last}.` : `The pool is whole again from ${year}.`),
    overdrawn: (years) => `The pool is overdrawn in ${years.join(', ')}.`,
    overLimit: (years) => `The yearly limit is exceeded in ${years.join(', ')}.`,
    departments: (ledger) => `Repayment per department (${ledger})`,
    noDepartment: '(no department)',
    ledgersHeading: "The portfolio's key figures per ledger",
    npv: 'NPV',
    payback: 'Paid back',
    paybackYear: (y) => (y === null ? 'not within the years' : `from ${y}`),
    binding: (b) => `${b.kind === 'pool' ? `The pool binds in ${b.year}` : `The yearly limit binds in ${b.year}`}: without that limit ${b.unit === 'years' ? `the pool could be whole ${b.gain} years earlier` : `the goal could be ${kr(b.gain)} better`}.`,
    noBinding: 'No limit binds: the goal alone decides the choice.',
    runnerUp: (rank, diff) => `No. ${rank} (${diff} compared with the best)`,
    noFeasible: 'No set of cases fits within the frame.',
    objective: (goal, v) => (goal === 'fastest-whole' ? `whole again from ${v}` : `NPV ${kr(v)}`),
    monteCarlo: (o) => `Monte Carlo over the portfolio: ${o.draws} draws (seed ${o.seed})${o.failed ? `, ${o.failed} could not be computed` : ''}; shared parameters are drawn once.`,
    probabilityInPeriod: (p, y) => `Probability that the pool is whole again by ${y} (the budget period): ${formatShare(p, 'en')}`,
    probabilityWithin: (p, y) => `Probability that the pool is whole again by ${y}: ${formatShare(p, 'en')}`,
    fanHeading: 'Balance at year end, percentiles',
    percentile: (p) => `${Math.round(p * 100)}th percentile`,
    noLimits: 'no yearly limit',
    usage: 'Usage: npm run portfolio -- <portfolio.json> [--json] [--choose [--goal ledger-npv|public-npv|fastest-whole]] [--montecarlo N --seed S] [--lang da|en]',
    help: `Usage: npm run portfolio -- <portfolio.json> [options]

Shows an investment pool year by year: each case's draw on the pool and repayment of the gains that
can be taken back, the pool's balance, the year it is whole again, the departments' repayments and
the portfolio's key figures per ledger.

  --choose              find the best set within the pool's limits (exact, HiGHS), the binding
                        limits and the runner-up sets
  --goal <goal>         ledger-npv (default: the file's), public-npv or fastest-whole
  --montecarlo N        N draws over all cases at once; probability of a whole pool and a fan
  --seed S              Monte Carlo seed (same seed, same answer)
  --json                everything as JSON
  --lang da|en          language and number format`,
  };
}

export function portfolioTexts(lang: Locale): PortfolioTexts {
  return lang === 'en' ? en() : da();
}
