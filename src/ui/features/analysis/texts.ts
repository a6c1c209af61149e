import type { Texts } from '../../i18n/use-texts';

const da = {
  heading: 'Hvor sikre er vi?',
  loading: 'Indlæser …',
  tabs: { sensitivity: 'Break-even og følsomhed', monteCarlo: 'Monte Carlo', compare: 'Sammenlign varianter', budget: 'Budgetvisning', followUp: 'Opfølgning og advarsler' },
};

export const analysisTexts: Texts<typeof da> = {
  da,
  en: {
    heading: 'How sure are we?',
    loading: 'Loading …',
    tabs: { sensitivity: 'Break-even and sensitivity', monteCarlo: 'Monte Carlo', compare: 'Compare variants', budget: 'Budget view', followUp: 'Follow-up and warnings' },
  },
};
