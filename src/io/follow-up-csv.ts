/**
 * Realised figures as CSV in the Danish Excel dialect: `;` between fields, decimal comma (thousands
 * dots allowed: 1.234,5), a header row, fields in double quotes when they hold `;`, `"` or a line
 * break, an optional UTF-8 BOM. One row per figure:
 *   type;sti;betegnelse;år;måneder;værdi;dato;kilde;note
 *   deltagere — sti a cohort, værdi the participants who started
 *   udgift    — sti a cost item, år the projection year, værdi kr. paid (before refund)
 *   andel     — sti an outcome, måneder after start, værdi the observed share (0,45 or 45 %)
 * A row with an empty værdi is skipped (the template's unfilled rows). Errors name line and column.
 */
import { checkFollowUpPaths, followUpTarget, type FollowUp, type Scenario } from '../engine';

export const FOLLOW_UP_COLUMNS = ['type', 'sti', 'betegnelse', 'år', 'måneder', 'værdi', 'dato', 'kilde', 'note'] as const;

export interface CsvError {
  line: number;
  column: number;
  message: string;
}

export type CsvResult = { ok: true; value: FollowUp } | { ok: false; errors: CsvError[] };

/** Splits CSV text into rows of fields with the line each row starts on. */
function splitRows(text: string): { line: number; fields: { text: string; column: number }[] }[] | CsvError {
  const rows: { line: number; fields: { text: string; column: number }[] }[] = [];
  let line = 1, fields: { text: string; column: number }[] = [], field = '', quoted = false, rowLine = 1, inQuotes = false;
  const src = text.replace(/^\uFEFF/, '');
  const push = () => { fields.push({ text: quoted ? field : field.trim(), column: fields.length + 1 }); field = ''; quoted = false; };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (inQuotes) {
      if (ch === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') inQuotes = false;
      else { if (ch === '\n') line++; field += ch; }
      continue;
    }
    if (ch === '"') {
      if (field.trim() !== '') return { line, column: fields.length + 1, message: 'a quote inside an unquoted field' };
      inQuotes = true; quoted = true; field = '';
    } else if (ch === ';') push();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      push();
      if (fields.some((f) => f.text !== '')) rows.push({ line: rowLine, fields });
      fields = []; line++; rowLine = line;
    } else field += ch;
  }
  if (inQuotes) return { line: rowLine, column: fields.length + 1, message: 'a quoted field is not closed' };
  push();
  if (fields.some((f) => f.text !== '')) rows.push({ line: rowLine, fields });
  return rows;
}

/** A Danish number: 1.234,5 or 1234,5 or 0,45; a trailing % divides by 100. */
export function parseDanishNumber(text: string): number | null {
  let t = text.replace(/\s/g, '').replace(/kr\.?$/i, '');
  const percent = t.endsWith('%');
  if (percent) t = t.slice(0, -1);
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(t)) return null;
  const n = Number(t.replace(/\./g, '').replace(',', '.'));
  return percent ? n / 100 : n;
}

/** ISO YYYY-MM-DD, or the Danish DD-MM-YYYY / DD.MM.YYYY, as ISO. */
function parseDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dk = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : dk ? [dk[3]!, dk[2]!, dk[1]!] : [];
  if (!y) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const out = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return date.toISOString().slice(0, 10) === out ? out : null;
}

export function parseFollowUpCsv(text: string, scenario?: Scenario): CsvResult {
  const split = splitRows(text);
  if (!Array.isArray(split)) return { ok: false, errors: [split] };
  const [header, ...rows] = split;
  if (!header) return { ok: false, errors: [{ line: 1, column: 1, message: 'the file is empty: expected a header row' }] };
  const names = header.fields.map((f) => f.text.toLowerCase());
  if (names.length === 1 && /[,\t]/.test(names[0]!)) {
    return { ok: false, errors: [{ line: header.line, column: 1, message: "expected ';' between fields (the Danish Excel CSV), found ',' or a tab" }] };
  }
  const errors: CsvError[] = [];
  const index: Partial<Record<(typeof FOLLOW_UP_COLUMNS)[number], number>> = {};
  for (const column of FOLLOW_UP_COLUMNS) {
    const at = names.indexOf(column);
    if (at >= 0) index[column] = at;
    else if (['type', 'sti', 'værdi'].includes(column)) errors.push({ line: header.line, column: names.length + 1, message: `the header has no column '${column}' (expected ${FOLLOW_UP_COLUMNS.join(';')})` });
  }
  if (errors.length) return { ok: false, errors };
  const followUp: Required<FollowUp> = { participants: [], costs: [], outcomes: [] };
  for (const row of rows) {
    const cell = (c: (typeof FOLLOW_UP_COLUMNS)[number]) => (index[c] === undefined ? '' : row.fields[index[c]]?.text ?? '');
    const fail = (c: (typeof FOLLOW_UP_COLUMNS)[number], message: string) => void errors.push({ line: row.line, column: (index[c] ?? 0) + 1, message });
    if (row.fields.length > names.length) { errors.push({ line: row.line, column: names.length + 1, message: `${row.fields.length} fields, but the header has ${names.length}` }); continue; }
    const valueText = cell('værdi');
    if (valueText === '') continue;
    const value = parseDanishNumber(valueText);
    if (value === null) { fail('værdi', `expected a number with decimal comma (e.g. 1.234,5), got '${valueText}'`); continue; }
    const extras: { date?: string; source?: string; note?: string } = {};
    if (cell('dato')) {
      const date = parseDate(cell('dato'));
      if (!date) { fail('dato', `expected a date as DD-MM-YYYY or YYYY-MM-DD, got '${cell('dato')}'`); continue; }
      extras.date = date;
    }
    if (cell('kilde')) extras.source = cell('kilde');
    if (cell('note')) extras.note = cell('note');
    const path = cell('sti');
    const whole = (c: 'år' | 'måneder', min: number): number | null => {
      const n = parseDanishNumber(cell(c));
      if (n === null || !Number.isInteger(n) || n < min) { fail(c, `expected a whole number ${min} or more, got '${cell(c)}'`); return null; }
      return n;
    };
    const type = cell('type').toLowerCase();
    const target = scenario ? followUpTarget(scenario, path) : undefined;
    const want = { deltagere: 'cohort', udgift: 'cost', andel: 'outcome' }[type];
    if (!want) { fail('type', `expected deltagere, udgift or andel, got '${cell('type')}'`); continue; }
    if (scenario && target?.kind !== want) { fail('sti', `no ${want} at '${path}' in the scenario`); continue; }
    if (value < 0) { fail('værdi', `expected 0 or more, got ${valueText}`); continue; }
    if (type === 'deltagere') followUp.participants.push({ path, count: value, ...extras });
    if (type === 'udgift') { const year = whole('år', 1); if (year !== null) followUp.costs.push({ path, year, amount: value, ...extras }); }
    if (type === 'andel') {
      if (value > 1) { fail('værdi', `expected a share from 0 to 1 (or a percentage), got ${valueText}`); continue; }
      const months = whole('måneder', 0);
      if (months !== null) followUp.outcomes.push({ path, monthsAfterStart: months, share: value, ...extras });
    }
  }
  if (errors.length) return { ok: false, errors };
  if (scenario) {
    const pathErrors = checkFollowUpPaths(scenario, followUp);
    if (pathErrors.length) return { ok: false, errors: pathErrors.map((e) => ({ line: 0, column: 0, message: `${e.path}: ${e.message}` })) };
  }
  const out: FollowUp = {};
  if (followUp.participants.length) out.participants = followUp.participants;
  if (followUp.costs.length) out.costs = followUp.costs;
  if (followUp.outcomes.length) out.outcomes = followUp.outcomes;
  return { ok: true, value: out };
}

const quote = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** Follow-up points offered in the template: months after start. */
export const TEMPLATE_FOLLOW_UP_MONTHS = [6, 12, 18, 24];

/** A CSV template from the scenario: one empty row per cohort, per cost item and year, per outcome and follow-up point. */
export function followUpTemplateCsv(scenario: Scenario): string {
  const rows: string[][] = [[...FOLLOW_UP_COLUMNS]];
  const years = scenario.settings.horizonYears;
  scenario.targetGroups.forEach((group, g) => {
    group.cohorts.forEach((cohort, c) => rows.push(['deltagere', `targetGroups[${g}].cohorts[${c}]`, `${group.label}: ${cohort.label ?? `kohorte ${c + 1}`}`, '', '', '', '', '', '']));
    group.interventions.forEach((iv, i) => {
      iv.costs.forEach((cost, c) => {
        for (let y = 1; y <= years; y++) rows.push(['udgift', `targetGroups[${g}].interventions[${i}].costs[${c}]`, `${iv.label}: ${cost.label}`, String(y), '', '', '', '', '']);
      });
      iv.outcomes.forEach((o, k) => {
        for (const m of TEMPLATE_FOLLOW_UP_MONTHS) rows.push(['andel', `targetGroups[${g}].interventions[${i}].outcomes[${k}]`, `${iv.label}: ${o.label}`, '', String(m), '', '', '', '']);
      });
    });
  });
  return `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}
