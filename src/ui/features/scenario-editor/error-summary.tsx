/** The scenario's problems at the top of the editor, each linked to its field (role=alert only when there are any). */
import { selectEditorErrors } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { fieldIdOfKey, useEditorTexts } from './use-editor';
import { useLocale } from '../../i18n/use-texts';
import { fieldPathText, problemMessageText } from '../../../format/problem-text';

export function ErrorSummary() {
  const t = useEditorTexts();
  const locale = useLocale();
  const errors = useAppStore(selectEditorErrors);
  if (errors.length === 0) return <p className="editor-status">{t.noProblems}</p>;
  return (
    <section className="editor-summary" role="alert" aria-labelledby="editor-summary-heading">
      <h3 id="editor-summary-heading">{t.problems(errors.length)}</h3>
      <ul>
        {errors.map((e) => (
          <li key={`${e.path}:${e.message}`}><a href={`#${fieldIdOfKey(e.path)}`}>{fieldPathText(e.path, locale)}</a>: {problemMessageText(e.message, locale)}</li>
        ))}
      </ul>
    </section>
  );
}
