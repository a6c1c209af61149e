/**
 * Every assumption in which a variant differs from the baseline: the field in words, as file errors
 * name it (»Parameter effekt_aar › Værdi«; the file's path on hover), the baseline's value and the variant's.
 */
import { fieldPathText } from '../../../format/problem-text';
import { useAppStore } from '../../../state';
import { BASELINE_ID, selectComparison } from '../../../state/selectors/compare';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { formatFieldValue, isShareField, parameterLabel } from './field-value-text';
import { compareTexts } from './texts';

export function DifferenceList() {
  const t = useTexts(compareTexts);
  const locale = useLocale();
  const comparison = useAppStore(selectComparison);
  const scenario = useAppStore((s) => s.scenario);
  if (!comparison) return null;
  const variants = comparison.columns.filter((c) => c.id !== BASELINE_ID);
  const show = (value: unknown, path: string) => formatFieldValue(value, locale, isShareField(scenario, path), t.absent);
  return (
    <section className="compare__section" aria-labelledby="compare-differences-heading">
      <h3 id="compare-differences-heading">{t.differencesHeading}</h3>
      {variants.map((v) => {
        // A variant that cannot be computed still lists its own changes, as written in the file.
        const own = scenario?.variants?.find((x) => x.id === v.id)?.changes ?? [];
        const rows = v.projection ? v.differences : own.map((c) => ({ path: c.path, base: undefined, variant: c.value }));
        return (
          <div key={v.id} className="compare-differences">
            <h4 id={`compare-differences-${v.id}`}>{v.title}</h4>
            {rows.length === 0 ? <p className="note">{t.noDifferences}</p> : (
              <table className="compare-table compare-table--left" aria-labelledby={`compare-differences-${v.id}`}>
                <thead><tr><th scope="col">{t.field}</th><th scope="col">{t.baseline}</th><th scope="col">{v.title}</th></tr></thead>
                <tbody>
                  {rows.map((d, i) => (
                    <tr key={`${i}-${d.path}`}>
                      <th scope="row" title={d.path}>{fieldPathText(d.path, locale)}{parameterLabel(scenario, d.path) && <span className="compare-differences__label"> {parameterLabel(scenario, d.path)}</span>}</th>
                      <td>{v.projection ? show(d.base, d.path) : '–'}</td>
                      <td>{show(d.variant, d.path)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        );
      })}
    </section>
  );
}
