/** Presentation mode's and the lever editor's words, Danish first. */
import type { Texts } from '../../i18n/use-texts';

const da = {
  open: 'Præsentation',
  openHint: 'Tast P',
  close: 'Tilbage til redigering (Esc)',
  region: 'Præsentation',
  levers: 'Håndtag',
  noLevers: 'Ingen håndtag valgt. Vælg parametre under »Præsentation« i redigeringen.',
  range: (min: string, max: string) => `fra ${min} til ${max}`,
  less: (name: string) => `Mindre: ${name}`,
  more: (name: string) => `Mere: ${name}`,
  reset: 'Nulstil håndtag',
  saveVariant: 'Gem som variant',
  variantTitle: 'Præsentation',
  saved: (title: string) => `Gemt som variant »${title}«.`,
  variantsFull: 'Der er allerede tre varianter; slet en under »Sammenlign varianter« for at gemme flere.',
  nothingMoved: 'Flyt et håndtag for at gemme en variant.',
  // The editor's section.
  section: 'Præsentation: håndtag',
  sectionHint: 'Parametre der kan flyttes i præsentationstilstand (tast P), med deres interval. Gemmes i scenariefilen.',
  add: 'Tilføj håndtag',
  parameter: 'Parameter',
  min: 'Fra', max: 'Til', step: 'Trin',
  remove: (name: string) => `Fjern håndtaget ${name}`,
  full: 'Højst fire håndtag.',
};

const en: typeof da = {
  open: 'Presentation',
  openHint: 'Press P',
  close: 'Back to editing (Esc)',
  region: 'Presentation',
  levers: 'Levers',
  noLevers: 'No levers chosen. Choose parameters under »Presentation« in the editor.',
  range: (min, max) => `from ${min} to ${max}`,
  less: (name) => `Less: ${name}`,
  more: (name) => `More: ${name}`,
  reset: 'Reset levers',
  saveVariant: 'Save as variant',
  variantTitle: 'Presentation',
  saved: (title) => `Saved as variant »${title}«.`,
  variantsFull: 'There are three variants already; delete one under »Compare variants« to save more.',
  nothingMoved: 'Move a lever to save a variant.',
  section: 'Presentation: levers',
  sectionHint: 'Parameters that can be moved in presentation mode (press P), with their range. Saved in the scenario file.',
  add: 'Add lever',
  parameter: 'Parameter',
  min: 'From', max: 'To', step: 'Step',
  remove: (name) => `Remove the lever ${name}`,
  full: 'At most four levers.',
};

export const presentationTexts: Texts<typeof da> = { da, en };
