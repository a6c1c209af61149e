/**
 * The words new and copied items get, in the user's language. The state builds no words: the UI
 * passes its texts (src/ui/features/scenario-editor/texts.ts, `itemNames`) to the edits that name things.
 */
export interface ItemNames {
  targetGroup: string;
  intervention: string;
  cost: string;
  outcome: string;
  /** The one cohort of a new case. */
  participants: string;
  /** A cohort of the yearly intake generator, year 1, 2 … */
  intakeYear: (year: number) => string;
  /** The label of a copy. */
  copy: (label: string) => string;
  /** A new variant, number 1, 2 … */
  variant: (n: number) => string;
  /** The language a copied catalogue template's words are given in (src/io/catalogue-texts.ts, localizeTemplate); absent: as the catalogue writes them. */
  language?: 'da' | 'en';
}
