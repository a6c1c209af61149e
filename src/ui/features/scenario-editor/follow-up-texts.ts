import type { Texts } from '../../i18n/use-texts';

const da = {
  heading: 'Realiserede tal (opfølgning)',
  intro: 'Kommunens egne tal efter beslutningen. Prognosen ændres ikke; fanen »Opfølgning og advarsler« viser prognose mod realiseret og genberegningen.',
  template: 'Hent skabelon (CSV)',
  participants: 'Deltagere pr. hold', costs: 'Udgifter pr. post og år', outcomes: 'Observerede andele i målet',
  participantsRow: (n: number) => `deltagertal ${n}`, costsRow: (n: number) => `udgift ${n}`, outcomesRow: (n: number) => `observation ${n}`,
  addParticipants: 'Tilføj deltagertal', addCosts: 'Tilføj udgift', addOutcomes: 'Tilføj observation',
  cohort: 'Hold', costItem: 'Udgiftspost', outcome: 'Effekt', count: 'Deltagere', year: 'År', amount: 'Betalt (kr.)',
  months: 'Måneder efter start', share: 'Andel (%)', date: 'Dato (ÅÅÅÅ-MM-DD)', source: 'Kilde', note: 'Note', hold: (n: number) => `hold ${n}`,
  nothingToFollow: 'Casen har ingen hold, udgifter eller effekter at følge op på.',
};

export const followUpEditorTexts: Texts<typeof da> = {
  da,
  en: {
    heading: 'Realised figures (follow-up)',
    intro: 'The kommune’s own figures after the decision. The forecast is not changed; the tab “Follow-up and warnings” shows forecast vs realised and the re-projection.',
    template: 'Download template (CSV)',
    participants: 'Participants per cohort', costs: 'Costs per item and year', outcomes: 'Observed shares in the outcome',
    participantsRow: (n) => `participant count ${n}`, costsRow: (n) => `cost ${n}`, outcomesRow: (n) => `observation ${n}`,
    addParticipants: 'Add a participant count', addCosts: 'Add a cost', addOutcomes: 'Add an observation',
    cohort: 'Cohort', costItem: 'Cost item', outcome: 'Outcome', count: 'Participants', year: 'Year', amount: 'Paid (DKK)',
    months: 'Months after start', share: 'Share (%)', date: 'Date (YYYY-MM-DD)', source: 'Source', note: 'Note', hold: (n) => `cohort ${n}`,
    nothingToFollow: 'The case has no cohorts, costs or outcomes to follow up.',
  },
};
