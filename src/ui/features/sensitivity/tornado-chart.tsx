/**
 * The tornado as plain SVG: one row per assumption, widest swing first, a bar from the base NPV to
 * the NPV at the low value and one to the NPV at the high value, the base line and the zero line.
 * The picture is for the eye (role="img" with a description); the table beside it has the figures.
 */
import { formatKroner, formatNumber, type Locale } from '../../../format/numbers';
import type { ParameterChoice, TornadoView } from '../../../state/selectors/sensitivity';
import { fieldPathText } from '../../../format/problem-text';
import type { SensitivityTexts } from './texts';
import { CHART, SIDES } from '../../components/chart-theme';

const WIDTH = 760;
const LABEL_WIDTH = 250;
const RIGHT = 20;
/** A row's height for one label line, and what each further line adds. */
const ROW = 26;
const LINE = 13;
const TOP = 28;
/** Room below the rows for the base label (its own line, beside the base line) and the axis ends. */
const BOTTOM = 44;
/** Characters of a label line at 12 px in LABEL_WIDTH, and at most this many lines. */
const LABEL_CHARS = 38;
const LABEL_LINES = 2;
/** A rough width of an 11 px axis character, to keep the base label inside the chart. */
const AXIS_CHAR_WIDTH = 6.2;
const LOW_COLOUR = SIDES.low;
const HIGH_COLOUR = SIDES.high;

interface Props { view: TornadoView; ledgerName: string; t: SensitivityTexts; locale: Locale }

/**
 * A long label wraps at spaces onto a second line, never mid-word (the full label is in its title);
 * what does not fit in two lines ends the second with »…« after a whole word. A single word longer
 * than a line is the only thing cut.
 */
export function wrapLabel(text: string, max = LABEL_CHARS, lines = LABEL_LINES): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = line ? `${line} ${word}` : word;
    if (next.length <= max) { line = next; continue; }
    if (line) out.push(line);
    line = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (out.length === lines - 1) {
      // The last line: the rest of the words as fit, then »…« if any are left.
      const rest = words.slice(i + 1);
      for (const w of rest) {
        if (`${line} ${w} …`.length > max) return [...out, `${line} …`];
        line = `${line} ${w}`;
      }
      return [...out, line];
    }
  }
  if (line) out.push(line);
  return out;
}

/** A parameter by its label; a field of the case by its path in words (»Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb«). */
export function choiceLabel(choice: ParameterChoice, locale: Locale): string {
  return choice.path ? fieldPathText(choice.path, locale) : choice.label;
}

export function TornadoChart({ view, ledgerName, t, locale }: Props) {
  const { rows, baseNpv } = view;
  const values = [0, baseNpv, ...rows.flatMap((r) => [r.npvLow, r.npvHigh]).filter((v): v is number => v !== null)];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (v: number) => LABEL_WIDTH + ((v - min) / span) * (WIDTH - LABEL_WIDTH - RIGHT);
  const labels = rows.map((r) => wrapLabel(r.choice.used ? choiceLabel(r.choice, locale) : `${choiceLabel(r.choice, locale)} (${t.unused})`));
  const heights = labels.map((l) => ROW + (l.length - 1) * LINE);
  const tops = heights.map((_, i) => TOP + heights.slice(0, i).reduce((a, b) => a + b, 0));
  const height = TOP + heights.reduce((a, b) => a + b, 0) + BOTTOM;
  const bar = (from: number, to: number | null, y: number, h: number, colour: string, key: string) => (to === null ? null : (
    <rect key={key} x={Math.min(x(from), x(to))} y={y + (h - ROW) / 2} width={Math.max(1, Math.abs(x(to) - x(from)))} height={ROW - 8} fill={colour} />
  ));
  const zeroShown = min < 0 && max > 0;
  // The unit is at the axis ends and under the table; the base label stays short enough to sit beside its line.
  const baseText = t.base(formatKroner(baseNpv, locale));
  const base = baseLabelPlace(x(baseNpv), zeroShown ? x(0) : null, baseText.length * AXIS_CHAR_WIDTH);
  return (
    <figure className="tornado">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t.chartLabel(ledgerName, formatKroner(baseNpv, locale))} className="tornado__svg">
        <g aria-hidden="true">
          <rect x={LABEL_WIDTH} y={6} width={12} height={12} fill={LOW_COLOUR} />
          <text x={LABEL_WIDTH + 16} y={16} className="tornado__legend">{t.legendLow}</text>
          <rect x={LABEL_WIDTH + 110} y={6} width={12} height={12} fill={HIGH_COLOUR} />
          <text x={LABEL_WIDTH + 126} y={16} className="tornado__legend">{t.legendHigh}</text>
          {rows.map((r, i) => {
            const y = tops[i]! + 4;
            const lines = labels[i]!;
            return (
              <g key={r.parameter}>
                <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" className="tornado__label">
                  <title>{choiceLabel(r.choice, locale)}</title>
                  {lines.map((line, k) => <tspan key={k} x={LABEL_WIDTH - 8} dy={k === 0 ? 0 : LINE}>{line}</tspan>)}
                </text>
                {/* An unused parameter moves nothing: its label says so, and it gets no (zero-width) bars. */}
                {r.choice.used && bar(baseNpv, r.npvLow, y, heights[i]!, LOW_COLOUR, 'low')}
                {r.choice.used && bar(baseNpv, r.npvHigh, y, heights[i]!, HIGH_COLOUR, 'high')}
              </g>
            );
          })}
          {zeroShown && <line x1={x(0)} x2={x(0)} y1={TOP - 4} y2={height - BOTTOM + 4} stroke={CHART.ink} strokeWidth={1.5} data-line="zero" />}
          <line x1={x(baseNpv)} x2={x(baseNpv)} y1={TOP - 4} y2={height - BOTTOM + 4} stroke={CHART.ink} strokeDasharray="4 3" data-line="base" />
          {base
            ? <text x={base.x} y={height - 24} textAnchor={base.anchor} className="tornado__axis" data-label="base">{baseText}</text>
            : <text x={WIDTH - RIGHT} y={16} textAnchor="end" className="tornado__axis" data-label="base">{baseText}</text>}
          <text x={LABEL_WIDTH} y={height - 8} textAnchor="start" className="tornado__axis">{formatNumber(min, locale)} {t.tornadoUnit[view.scale]}</text>
          <text x={WIDTH - RIGHT} y={height - 8} textAnchor="end" className="tornado__axis">{formatNumber(max, locale)} {t.tornadoUnit[view.scale]}</text>
        </g>
      </svg>
    </figure>
  );
}

/**
 * Where the base label goes on its own line below the rows: beside the base line, on the side away
 * from the zero line (so it never crosses it), inside the plot; null if it fits on neither side
 * (then it goes in the legend line above the rows, where no line is drawn).
 */
export function baseLabelPlace(baseX: number, zeroX: number | null, width: number): { x: number; anchor: 'start' | 'end' } | null {
  const gap = 4;
  const fitsRight = baseX + gap + width <= WIDTH - RIGHT && (zeroX === null || zeroX <= baseX || zeroX > baseX + gap + width);
  const fitsLeft = baseX - gap - width >= LABEL_WIDTH && (zeroX === null || zeroX >= baseX || zeroX < baseX - gap - width);
  const preferRight = zeroX === null || zeroX <= baseX;
  if (preferRight && fitsRight) return { x: baseX + gap, anchor: 'start' };
  if (fitsLeft) return { x: baseX - gap, anchor: 'end' };
  if (fitsRight) return { x: baseX + gap, anchor: 'start' };
  return null;
}
