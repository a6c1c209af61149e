/** The scenario feature's words: caveats and problem lists. */
import type { Texts } from '../../i18n/use-texts';

const da = {
  caveats: 'Forbehold',
  notLoaded: 'Scenariet kunne ikke indlæses',
  notComputed: 'Scenariet kunne ikke beregnes',
  notOpened: 'Filen kunne ikke åbnes – dit scenarie er uændret',
  close: 'Luk',
};

const en: typeof da = {
  caveats: 'Caveats',
  notLoaded: 'The scenario could not be loaded',
  notComputed: 'The scenario could not be computed',
  notOpened: 'The file could not be opened – your scenario is unchanged',
  close: 'Close',
};

export const scenarioTexts: Texts<typeof da> = { da, en };
