/**
 * A problem of a file or a calculation as the reader sees it: the field path in words
 * (»Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb« instead of `targetGroups[0].interventions[0].costs[0].amount`)
 * and the message in the reader's language. io and the engine word their messages in English in
 * a small set of shapes; Danish is made from those shapes here (English is shown as it is).
 */
import type { Locale } from './numbers';

const LISTS: Record<Locale, Record<string, string>> = {
  da: {
    targetGroups: 'Målgruppe', interventions: 'Indsats', costs: 'Udgift', outcomes: 'Effekt', cohorts: 'Kohorte',
    perPersonYear: 'Værdilinje', bands: 'Rentebånd', variants: 'Variant', changes: 'Ændring', components: 'Del',
    ledgers: 'Kasse', departments: 'Forvaltning', categories: 'Kategori', perspectives: 'Perspektiv', discountPresets: 'Rentesats',
  },
  en: {
    targetGroups: 'Target group', interventions: 'Intervention', costs: 'Cost', outcomes: 'Outcome', cohorts: 'Cohort',
    perPersonYear: 'Value line', bands: 'Rate period', variants: 'Variant', changes: 'Change', components: 'Part',
    ledgers: 'Ledger', departments: 'Department', categories: 'Category', perspectives: 'Perspective', discountPresets: 'Discount rate',
  },
};

const FIELDS: Record<Locale, Record<string, string>> = {
  da: {
    settings: 'Indstillinger', parameters: 'Parameter', model: 'Katalogtilføjelser', states: 'Tilstand', constants: 'Konstant',
    catalogue: 'Katalog', title: 'Titel', description: 'Beskrivelse', label: 'Navn', id: 'Id', amount: 'Beløb', value: 'Værdi',
    count: 'Antal deltagere', startMonth: 'Startmåned', durationMonths: 'Varighed (måneder)', rampMonths: 'Indfasning (måneder)',
    treated: 'Andel med indsatsen', counterfactual: 'Andel uden indsatsen', share: 'Andel', payer: 'Betaler', refund: 'Refusion',
    ledger: 'Kasse', department: 'Forvaltning', category: 'Kategori', basis: 'Grundlag', decay: 'Aftagning', ratePerYear: 'Aftagning pr. år',
    monthsToZero: 'Måneder til nul', lockIn: 'Fastholdelse', confidence: 'Evidenskarakter', horizonYears: 'Horisont (år)',
    firstYear: 'Første år', rulesYear: 'Regler fra år', priceYear: 'Prisår', priceIndex: 'Prisindeks', perspective: 'Perspektiv', discount: 'Diskontering',
    preset: 'Rentesats', rate: 'Rente', fromYear: 'Fra år', discountTiming: 'Tidskonvention', refusionRule: 'Refusionsregel',
    optimismCorrection: 'Optimismekorrektion', startingSeniorityWeeks: 'Anciennitet ved start (uger)', from: 'Fra tilstand',
    to: 'Til tilstand', state: 'Tilstand', min: 'Mindste værdi', max: 'Største værdi', unit: 'Enhed', uncertainty: 'Usikkerhed',
    schemaVersion: 'Filversion', kind: 'Filtype', path: 'Sti', followUp: 'Opfølgning', year: 'År', '(file)': 'Filen', '(link)': 'Linket',
    source: 'Kilde', note: 'Note', type: 'Fordeling', mode: 'Typeværdi', mean: 'Middelværdi', sd: 'Standardafvigelse',
  },
  en: {
    settings: 'Settings', parameters: 'Parameter', model: 'Catalogue additions', states: 'State', constants: 'Constant',
    catalogue: 'Catalogue', title: 'Title', description: 'Description', label: 'Name', id: 'Id', amount: 'Amount', value: 'Value',
    count: 'Participants', startMonth: 'Start month', durationMonths: 'Duration (months)', rampMonths: 'Ramp-up (months)',
    treated: 'Share with the intervention', counterfactual: 'Share without it', share: 'Share', payer: 'Payer', refund: 'Refund',
    ledger: 'Ledger', department: 'Department', category: 'Category', basis: 'Basis', decay: 'Decay', ratePerYear: 'Decay per year',
    monthsToZero: 'Months to zero', lockIn: 'Lock-in', confidence: 'Evidence grade', horizonYears: 'Horizon (years)',
    firstYear: 'First year', rulesYear: 'Rules from year', priceYear: 'Price year', priceIndex: 'Price index', perspective: 'Perspective', discount: 'Discounting',
    preset: 'Discount rate', rate: 'Rate', fromYear: 'From year', discountTiming: 'Timing convention', refusionRule: 'Refusion rule',
    optimismCorrection: 'Optimism correction', startingSeniorityWeeks: 'Seniority at start (weeks)', from: 'From state',
    to: 'To state', state: 'State', min: 'Smallest value', max: 'Largest value', unit: 'Unit', uncertainty: 'Uncertainty',
    schemaVersion: 'File version', kind: 'File type', path: 'Path', followUp: 'Follow-up', year: 'Year', '(file)': 'The file', '(link)': 'The link',
    source: 'Source', note: 'Note', type: 'Distribution', mode: 'Mode', mean: 'Mean', sd: 'Standard deviation',
  },
};

/** Entries named by the user (parameters, states, constants) keep their own name after the word. */
const NAMED = new Set(['parameters', 'states', 'constants']);

/** »Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb«; a part it does not know is shown as written. */
export function fieldPathText(path: string, locale: Locale = 'da'): string {
  const lists = LISTS[locale];
  const fields = FIELDS[locale];
  const parts: string[] = [];
  const tokens = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)];
  for (let i = 0; i < tokens.length; i++) {
    const [, name, index] = tokens[i]!;
    const next = tokens[i + 1];
    if (name !== undefined && lists[name] && next?.[2] !== undefined) {
      parts.push(`${lists[name]} ${Number(next[2]) + 1}`);
      i++;
    } else if (name !== undefined && NAMED.has(name) && next?.[1] !== undefined) {
      parts.push(`${fields[name]} ${next[1]}`);
      i++;
    } else if (name !== undefined) {
      parts.push(fields[name] ?? name);
    } else {
      parts.push(String(Number(index) + 1));
    }
  }
  return parts.join(' › ') || path;
}

const TYPES: Record<string, string> = {
  number: 'et tal', string: 'en tekst', boolean: 'ja eller nej', object: 'et objekt', array: 'en liste',
  'a number': 'et tal', 'a finite number': 'et endeligt tal', 'a number or an expression': 'et tal eller et udtryk',
  'a JSON object': 'et JSON-objekt', 'a whole number of months, 0 or more': 'et helt antal måneder, 0 eller flere',
};
const type = (t: string) => TYPES[t] ?? t;
/** What io's describeValue says a value was. */
const GOT: Record<string, string> = { nothing: 'intet', 'a list': 'en liste', 'an object': 'et objekt' };
const got = (g: string) => GOT[g] ?? g;

/** Message shapes of io and the engine, and their Danish. The first that matches wins. */
const DANISH: [RegExp, (...m: string[]) => string][] = [
  [/^is missing \(expected (.+)\)$/, (t) => `mangler (forventede ${type(t)})`],
  [/^expected at least (\d+) item\(s\), got (.+)$/, (n, g) => `forventede mindst ${n} ${n === '1' ? 'element' : 'elementer'}, fik ${got(g)}`],
  [/^expected (-?[\d.]+) or more, got (.+)$/, (n, g) => `forventede mindst ${n}, fik ${got(g)}`],
  [/^expected (-?[\d.]+) or less, got (.+)$/, (n, g) => `forventede højst ${n}, fik ${got(g)}`],
  [/^expected a whole number (-?\d+) or more, got (.+)$/, (n, g) => `forventede et helt tal på mindst ${n}, fik ${got(g)}`],
  [/^expected a value from (.+) to (.+), got (.+)$/, (a, b, g) => `forventede en værdi fra ${a} til ${b}, fik ${got(g)}`],
  [/^expected a whole number of years from (\d+) to (\d+), got (.+)$/, (a, b, g) => `forventede et helt antal år fra ${a} til ${b}, fik ${got(g)}`],
  [/^expected a date as YYYY-MM-DD, got (.+)$/, (g) => `forventede en dato som ÅÅÅÅ-MM-DD, fik ${got(g)}`],
  [/^expected a year from (\d+) to (\d+), got (.+)$/, (a, b, g) => `forventede et år fra ${a} til ${b}, fik ${got(g)}`],
  [/^expected a share from 0 to 1 \(or a percentage\), got (.+)$/, (g) => `forventede en andel fra 0 til 1 (eller en procent), fik ${got(g)}`],
  [/^expected an id of lower-case letters, digits, '_' or '-', got (.+)$/, (g) => `forventede et id af små bogstaver, cifre, '_' eller '-', fik ${got(g)}`],
  [/^expected a name of lower-case letters, digits and '_' that does not start with a digit \(it is used in expressions\), got (.+)$/,
    (g) => `forventede et navn af små bogstaver, cifre og '_', der ikke begynder med et ciffer (det bruges i udtryk), fik ${got(g)}`],
  [/^expected (\w+) to be one of (.+), got (.+)$/, (field, options, g) => `forventede, at ${field} er en af ${options}, fik ${got(g)}`],
  [/^expected (.+), got an empty text$/, (t) => `forventede ${type(t)}, fik en tom tekst`],
  [/^expected (.+?), got (.+)$/, (t, g) => `forventede ${type(t).replace(/ or /g, ' eller ')}, fik ${got(g)}`],
  [/^expected (.+)$/, (t) => `forventede ${type(t)}`],
  [/^unknown fields? (.+)$/, (keys) => `${keys.includes(',') ? 'ukendte felter' : 'ukendt felt'} ${keys}`],
  [/^unknown name (.+) in '(.+)'$/, (names, expr) => `ukendt navn ${names} i '${expr}'`],
  [/^unknown ([a-z ]+?) '(.+)' \(known: (.*)\)$/, (what, id, known) => `ukendt ${WHAT[what] ?? what} '${id}' (kendte: ${known === 'none' ? 'ingen' : known})`],
  [/^unknown ([a-z ]+?) '(.+)'$/, (what, id) => `ukendt ${WHAT[what] ?? what} '${id}'`],
  [/^not valid JSON: (.+)$/, (why) => `er ikke gyldig JSON: ${why}`],
  [/^the parameters refer to each other in a cycle: (.+)$/, (cycle) => `parametrene henviser til hinanden i ring: ${cycle}`],
  [/^the id '(.+)' is used already by (.+)$/, (id, by) => `id'et '${id}' bruges allerede af ${by}`],
  [/^the file is (.+) MB; the limit is (.+) MB$/, (mb, max) => `filen fylder ${mb} MB; grænsen er ${max} MB`],
  [/^nested more than (\d+) levels deep; a scenario never needs that$/, (n) => `indlejret mere end ${n} niveauer; det har et scenarie aldrig brug for`],
  [/^the file check is still loading, so nothing was opened; try again in a moment$/, () => 'filkontrollen indlæses stadig, så intet blev åbnet; prøv igen om et øjeblik'],
  [/^the file check cannot be loaded \((.+)\)$/, (why) => `filkontrollen kan ikke indlæses (${why})`],
];

const WHAT: Record<string, string> = {
  parameter: 'parameter', ledger: 'kasse', department: 'forvaltning', category: 'kategori', perspective: 'perspektiv',
  'discount preset': 'rentesats', 'refusion rule': 'refusionsregel', 'support state': 'forsørgelsestilstand', 'tax rule': 'skatteregel',
  'confidence grade': 'evidenskarakter', catalogue: 'katalog', 'price index': 'prisindeks',
};

/** The message in the reader's language; a Danish reader gets Danish for every known shape. */
export function problemMessageText(message: string, locale: Locale = 'da'): string {
  if (locale === 'en') return message;
  for (const [shape, danish] of DANISH) {
    const m = shape.exec(message);
    if (m) return danish(...m.slice(1));
  }
  return message;
}

/** »Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb: forventede mindst 0, fik -3«. */
export function problemText(problem: { path: string; message: string }, locale: Locale = 'da'): string {
  return `${fieldPathText(problem.path, locale)}: ${problemMessageText(problem.message, locale)}`;
}
