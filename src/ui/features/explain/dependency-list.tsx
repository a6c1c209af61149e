/** The parameters and catalogue values behind an explained figure: value, source, note, example flag, re-pricing, the period of a dated figure. */
import type { Dependency } from '../../../engine';
import { formatNumber, formatShare, type Locale } from '../../../format/numbers';
import { periodText } from '../../../format/rules-year';
import { useCatalogueNotes, useCatalogueOwnText } from '../../i18n/catalogue-names';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { explainTexts } from './texts';

function formatValue(d: Dependency, locale: Locale, units: Record<string, string>): string {
  if (d.unit === 'share') return formatShare(d.value, locale);
  const number = formatNumber(d.value, locale, Number.isInteger(d.value) ? 0 : 2);
  if (!d.unit) return number;
  const unit = units[d.unit] ?? d.unit;
  // English puts the currency first (DKK 55,000 per person per year), as formatKroner does.
  return locale === 'en' && unit.startsWith('DKK') ? `DKK ${number}${unit.slice(3)}` : `${number} ${unit}`;
}

export function DependencyList({ dependencies }: { dependencies: Dependency[] }) {
  const t = useTexts(explainTexts);
  const locale = useLocale();
  const notes = useCatalogueNotes();
  const own = useCatalogueOwnText();
  return (
    <section aria-labelledby="explain-inputs">
      <h3 id="explain-inputs">{t.inputs}</h3>
      {dependencies.length === 0 ? <p>{t.noInputs}</p> : (
        <ul className="dependency-list">
          {dependencies.map((d) => (
            <li key={d.name}>
              <div className="dependency-list__head">
                <span><strong>{d.label}</strong> <code>{d.name}</code></span>
                <span className="dependency-list__value">{formatValue(d, locale, t.units)}</span>
              </div>
              <div className="dependency-list__meta">
                {d.kind === 'parameter' ? t.parameter : t.constant}
                {d.example && <> · <span className="badge badge--warn">{t.example}</span></>}
                {d.replacesCatalogue && <> · <span className="badge">{t.localFigure(formatNumber(d.replacesCatalogue.value, locale, 4))}</span></>}
                {d.repriced && <> · {t.repriced(d.repriced.fromYear, d.repriced.toYear, d.repriced.index, formatNumber(d.repriced.factor, locale, 4))}</>}
              </div>
              {d.period && <div data-testid="dependency-period"><span className="dependency-list__term">{t.period}:</span> {periodText(d.period, locale)}</div>}
              <div><span className="dependency-list__term">{t.source}:</span> {d.kind === 'constant' && d.example ? t.exampleSource : d.source === undefined ? t.noSource : own(d.source)}</div>
              {d.note && <div><span className="dependency-list__term">{t.note}:</span> {d.kind === 'constant' ? notes(d.name, d.note) : own(d.note)}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
