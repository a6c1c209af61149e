/**
 * da-DK (and en-GB) formatting of kroner, shares and years. Rounding is half away from zero,
 * as Intl does and as the published tables do; values are rounded only here, for display.
 */
export type Locale = 'da' | 'en';

const TAGS: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(TAGS[locale], options)));
  return f;
}

/** Whole kroner without unit: 1.234.567 (da) / 1,234,567 (en). Uses a true minus sign. */
export function formatNumber(value: number, locale: Locale = 'da', decimals = 0): string {
  const text = formatter(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(normaliseZero(value, decimals));
  return text.replace('-', '−');
}

/** 1.234.567 kr. (da) / DKK 1,234,567 (en). */
export function formatKroner(value: number, locale: Locale = 'da', decimals = 0): string {
  const n = formatNumber(value, locale, decimals);
  return locale === 'da' ? `${n} kr.` : `DKK ${n}`;
}

/** 34,5 % (da) / 34.5% (en). */
export function formatShare(share: number, locale: Locale = 'da', decimals = 1): string {
  const n = formatNumber(share * 100, locale, decimals);
  return locale === 'da' ? `${n} %` : `${n}%`;
}

/** 2,95 år (da) / 2.95 years (en); null = not paid back within the horizon. */
export function formatYears(years: number | null, locale: Locale = 'da', decimals = 2): string {
  if (years === null) return locale === 'da' ? 'ikke inden for horisonten' : 'not within the horizon';
  return `${formatNumber(years, locale, decimals)} ${locale === 'da' ? 'år' : 'years'}`;
}

export function formatRatio(ratio: number | null, locale: Locale = 'da'): string {
  return ratio === null ? '–' : formatNumber(ratio, locale, 2);
}

/** Round half away from zero to whole kroner (the published tables' rounding). */
export function roundKroner(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value));
}

/** Avoid "−0" for values that round to zero. */
function normaliseZero(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(Math.abs(value) * scale) === 0 ? 0 : value;
}

/** Reads a number typed the Danish (1.234,5) or English (1,234.5) way; null if it is not one. */
export function parseLocaleNumber(text: string, locale: Locale = 'da'): number | null {
  const t = text.trim().replace(/\s|\u00a0/g, '').replace('−', '-').replace(/kr\.?$/i, '');
  const normalised = locale === 'da' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  if (!/^[-+]?\d*\.?\d+(e[-+]?\d+)?$/i.test(normalised)) return null;
  return Number(normalised);
}

/**
 * A figure as written in a formula or an explanation: grouped the language's way, up to `maxDecimals`
 * decimals and no trailing zeros (6000 → 6.000 in Danish; 0.249 → 0,249; never 4.01e-10).
 */
export function formatFigure(value: number, locale: Locale = 'da', maxDecimals = 6): string {
  const text = formatter(locale, { minimumFractionDigits: 0, maximumFractionDigits: maxDecimals }).format(normaliseZero(value, maxDecimals));
  return text.replace('-', '−');
}
