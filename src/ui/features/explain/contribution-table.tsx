/** The lines (cost items, refunds, effects) that add up to an explained figure, with where each comes from. */
import { lineFormulaText, lineLabelText } from '../../../format/line-text';
import { formatKroner } from '../../../format/numbers';
import type { ExplainedFigure } from '../../../state/selectors/explain';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { explainTexts } from './texts';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import { fieldPathText } from '../../../format/problem-text';

export function ContributionTable({ figure }: { figure: ExplainedFigure }) {
  const t = useTexts(explainTexts);
  const locale = useLocale();
  const names = useCatalogueNames();
  return (
    <section aria-labelledby="explain-lines">
      <h3 id="explain-lines">{t.lines}</h3>
      {figure.contributions.length === 0 ? <p>{t.noLines}</p> : (
        <table className="explain-table">
          <thead>
            <tr>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.formula}</th>
              <th scope="col" className="num">{t.amount}</th>
            </tr>
          </thead>
          <tbody>
            {figure.contributions.map(({ line, value }) => (
              <tr key={line.id}>
                <th scope="row">
                  <span className="kind">{t.kinds[line.kind]}</span> {lineLabelText(line.label, locale, names)}
                  <span className="path" title={t.where}>{fieldPathText(line.path, locale)}</span>
                </th>
                <td className="formula">{lineFormulaText(line.formula, locale, names)}</td>
                <td className="num">{formatKroner(value, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>{t.sum}</th>
              <td className="num">{formatKroner(figure.value, locale)}</td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}
