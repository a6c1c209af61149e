/**
 * Text that leaves Afkast for a terminal or a spreadsheet, made harmless. A scenario file is
 * untrusted: its titles, labels and keys may carry terminal escape codes, line breaks that forge
 * an extra error line, or spreadsheet formulas.
 */

/** Control characters other than line feed and tab: C0, DEL and C1 (ESC starts terminal codes). */
// eslint-disable-next-line no-control-regex -- finding control characters is what these two are for
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex -- as above
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Longest single line the command line echoes from a file before cutting it. */
export const MAX_ECHOED_LINE = 500;

const escapeCode = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** Printed output: control characters (but line feeds and tabs) shown as \xNN, never executed. */
export function terminalSafe(text: string): string {
  return text.replace(CONTROL, escapeCode);
}

/** One line of a message: every control character escaped (a key cannot start a new line), cut at `max`. */
export function terminalLine(text: string, max = MAX_ECHOED_LINE): string {
  const escaped = text.replace(ANY_CONTROL, (c) => (c === '\n' ? '\\n' : escapeCode(c)));
  return escaped.length > max ? `${escaped.slice(0, max - 1)}…` : escaped;
}

/**
 * A text cell of a CSV export, neutralised as OWASP advises against CSV (formula) injection: a cell
 * that starts with =, +, −, @, tab or carriage return is prefixed with a single quote, so a
 * spreadsheet shows it as text instead of evaluating it. Numbers are written by the caller, not here.
 */
export function neutraliseCsvCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
