/** The scenario's problems at the top of the editor, each linked to its field (role=alert only when there are any). */
import { selectEditorErrors } from '../../../state/edits';
import { useScenarioCheck } from '../../../state';
import { formatNumber } from '../../../format/numbers';
import { useLocale } from '../../i18n/use-texts';
import { fieldIdOfKey, useEditorTexts } from './use-editor';
import { fieldPathText, problemMessageText } from '../../../format/problem-text';

/** A file can have a problem in each of 100,000 cohorts: the first ones are listed, the rest counted. */
const MAX_LISTED = 50;

export function ErrorSummary() {
  const t = useEditorTexts();
  const locale = useLocale();
  const errors = useScenarioCheck(selectEditorErrors);
  if (errors.length === 0) return <p className="editor-status">{t.noProblems}</p>;
  return (
    <section className="editor-summary" role="alert" aria-labelledby="editor-summary-heading">
      <h3 id="editor-summary-heading">{t.problems(errors.length)}</h3>
      <ul>
        {errors.slice(0, MAX_LISTED).map((e) => (
          <li key={`${e.path}:${e.message}`}><a href={`#${fieldIdOfKey(e.path)}`}>{fieldPathText(e.path, locale)}</a>: {problemMessageText(e.message, locale)}</li>
        ))}
      </ul>
      {errors.length > MAX_LISTED && <p>{t.moreProblems(formatNumber(errors.length - MAX_LISTED, locale))}</p>}
    </section>
  );
}
