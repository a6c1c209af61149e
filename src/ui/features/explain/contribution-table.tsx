/** The lines (cost items, refunds, effects) that add up to an explained figure, with where each comes from. */
import { formatKroner } from '../../../format/numbers';
import type { ExplainedFigure } from '../../../state/selectors/explain';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { explainTexts } from './texts';

export function ContributionTable({ figure }: { figure: ExplainedFigure }) {
  const t = useTexts(explainTexts);
  const locale = useLocale();
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
                  <span className="kind">{t.kinds[line.kind]}</span> {line.label}
                  <code className="path" title={t.where}>{line.path}</code>
                </th>
                <td className="formula">{line.formula}</td>
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
