/** Where things sit in the workbook: shared by the sheet builders, the writer's readers and tests. */
export const INPUT_SHEET = 'Input';
export const RESULTS_SHEET = 'Resultater';
export const LINES_SHEET = 'Linjer';
export const WEIGHTS_SHEET = 'Vægte';
export const DISCOUNT_SHEET = 'Diskontering';
/** On Input: the typed value an economist changes, and the named value cell. */
export const TYPED_COLUMN = 3;
export const VALUE_COLUMN = 5;
/** First year column on Linjer, Vægte, Diskontering and Resultater. */
export const LINE_YEAR_COLUMN = 9;
export const WEIGHT_YEAR_COLUMN = 4;
export const DISCOUNT_YEAR_COLUMN = 2;
export const RESULT_YEAR_COLUMN = 3;
/** Linjer: first line row, and the ledger id column SUMIF reads. */
export const FIRST_LINE_ROW = 4;
export const LINE_LEDGER_COLUMN = 3;
/** Row of the discount factors on Diskontering. */
export const FACTOR_ROW = 7;
