import type { Texts } from '../../i18n/use-texts';

const da = {
  heading: 'Budgetvisning',
  intro: 'Casen som den skal ind i budgettet: budgetåret og de tre overslagsår, netto pr. forvaltning, beregnet i budgetperspektivet. Positive tal er mindreudgifter eller merindtægter, negative er merudgifter.',
  priceLevel: {
    repriced: (from: number, to: number, factor: string) => `I ${to}-priser: casens ${from}-beløb × ${factor} (pris- og lønindeks).`,
    'no-calendar': 'Casen har intet første budgetår (Indstillinger › Første år): årene vises som år 1–4 i casens priser.',
    'no-price-year': 'Casen har intet prisår: beløbene vises, som casen regner dem.',
    'same-year': 'Casens prisår er budgetåret.',
    'missing-index': (message: string) => `Beløbene er i casens priser, fordi de ikke kan omregnes: ${message}.`,
  },
  year: (n: number, calendar: number | null) => (calendar === null ? `År ${n}` : String(calendar)),
  yearKind: (n: number) => (n === 1 ? 'budgetår' : `overslagsår ${n - 1}`),
  department: 'Forvaltning',
  noDepartment: 'Uden forvaltning',
  net: 'Netto',
  kinds: {
    serviceInside: 'Service inden for servicerammen',
    serviceOutside: 'Service uden for servicerammen',
    transfers: 'Overførsler',
    taxes: 'Skat',
  },
  bankable: 'Heraf gevinster, der kan hjemtages',
  notBankable: 'Heraf gevinster, der ikke kan hjemtages',
  ledgerTotal: (label: string) => `${label} i alt`,
  cannot: 'Budgetvisningen kan ikke beregnes:',
};

export const budgetViewTexts: Texts<typeof da> = {
  da,
  en: {
    heading: 'Budget view',
    intro: 'The case as it goes into the budget: the budget year and the three following years, net per department, computed in the budget perspective. Positive figures are lower spending or higher income, negative ones higher spending.',
    priceLevel: {
      repriced: (from: number, to: number, factor: string) => `In ${to} prices: the case's ${from} amounts × ${factor} (price and wage index).`,
      'no-calendar': 'The case has no first budget year (Settings › First year): the years are shown as years 1–4 in the case\'s prices.',
      'no-price-year': 'The case has no price year: the amounts are shown as the case computes them.',
      'same-year': "The case's price year is the budget year.",
      'missing-index': (message: string) => `The amounts are in the case's prices, because they cannot be converted: ${message}.`,
    },
    year: (n: number, calendar: number | null) => (calendar === null ? `Year ${n}` : String(calendar)),
    yearKind: (n: number) => (n === 1 ? 'budget year' : `year ${n} of the plan`),
    department: 'Department',
    noDepartment: 'No department',
    net: 'Net',
    kinds: {
      serviceInside: 'Service inside the service frame',
      serviceOutside: 'Service outside the service frame',
      transfers: 'Transfers',
      taxes: 'Taxes',
    },
    bankable: 'Of which gains that can be taken back',
    notBankable: 'Of which gains that cannot be taken back',
    ledgerTotal: (label: string) => `${label}, total`,
    cannot: 'The budget view cannot be computed:',
  },
};
