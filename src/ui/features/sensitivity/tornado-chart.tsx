/**
 * The tornado as plain SVG: one row per assumption, widest swing first, a bar from the base NPV to
 * the NPV at the low value and one to the NPV at the high value, the base line and the zero line.
 * The picture is for the eye (role="img" with a description); the table beside it has the figures.
 */
import { formatKroner, formatNumber, type Locale } from '../../../format/numbers';
import type { TornadoView } from '../../../state/selectors/sensitivity';
import type { SensitivityTexts } from './texts';
import { CHART, SIDES } from '../../components/chart-theme';

const WIDTH = 760;
const LABEL_WIDTH = 250;
const RIGHT = 20;
const ROW = 26;
const TOP = 28;
const BOTTOM = 28;
const LOW_COLOUR = SIDES.low;
const HIGH_COLOUR = SIDES.high;

interface Props { view: TornadoView; ledgerName: string; t: SensitivityTexts; locale: Locale }

/** Long labels lose their middle: similar labels (»Værdi pr. … i job, kommune« / », stat«) differ at the end. */
function truncate(text: string, max = 36): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 1) / 2);
  return `${text.slice(0, half).trimEnd()} … ${text.slice(text.length - half).trimStart()}`;
}

export function TornadoChart({ view, ledgerName, t, locale }: Props) {
  const { rows, baseNpv } = view;
  const values = [0, baseNpv, ...rows.flatMap((r) => [r.npvLow, r.npvHigh]).filter((v): v is number => v !== null)];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (v: number) => LABEL_WIDTH + ((v - min) / span) * (WIDTH - LABEL_WIDTH - RIGHT);
  const height = TOP + rows.length * ROW + BOTTOM;
  const bar = (from: number, to: number | null, y: number, colour: string, key: string) => (to === null ? null : (
    <rect key={key} x={Math.min(x(from), x(to))} y={y} width={Math.max(1, Math.abs(x(to) - x(from)))} height={ROW - 8} fill={colour} />
  ));
  return (
    <figure className="tornado">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t.chartLabel(ledgerName, formatKroner(baseNpv, locale))} className="tornado__svg">
        <g aria-hidden="true">
          <rect x={LABEL_WIDTH} y={6} width={12} height={12} fill={LOW_COLOUR} />
          <text x={LABEL_WIDTH + 16} y={16} className="tornado__legend">{t.legendLow}</text>
          <rect x={LABEL_WIDTH + 110} y={6} width={12} height={12} fill={HIGH_COLOUR} />
          <text x={LABEL_WIDTH + 126} y={16} className="tornado__legend">{t.legendHigh}</text>
          {rows.map((r, i) => {
            const y = TOP + i * ROW + 4;
            return (
              <g key={r.parameter}>
                <text x={LABEL_WIDTH - 8} y={y + ROW / 2} textAnchor="end" className="tornado__label">
                  <title>{r.choice.label}</title>
                  {truncate(r.choice.label)}
                </text>
                {bar(baseNpv, r.npvLow, y, LOW_COLOUR, 'low')}
                {bar(baseNpv, r.npvHigh, y, HIGH_COLOUR, 'high')}
              </g>
            );
          })}
          {min < 0 && max > 0 && <line x1={x(0)} x2={x(0)} y1={TOP - 4} y2={height - BOTTOM + 4} stroke={CHART.ink} strokeWidth={1.5} />}
          <line x1={x(baseNpv)} x2={x(baseNpv)} y1={TOP - 4} y2={height - BOTTOM + 4} stroke={CHART.ink} strokeDasharray="4 3" />
          <text x={WIDTH - RIGHT} y={16} textAnchor="end" className="tornado__axis">{t.base(formatNumber(baseNpv, locale))}</text>
          <text x={LABEL_WIDTH} y={height - 8} textAnchor="start" className="tornado__axis">{formatNumber(min, locale)}</text>
          <text x={WIDTH - RIGHT} y={height - 8} textAnchor="end" className="tornado__axis">{formatNumber(max, locale)}</text>
        </g>
      </svg>
    </figure>
  );
}
