/** A target group's cohorts (count and start month) and the »yearly intake« generator. */
import { addCohort, deleteCohort, moveCohort } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { Field } from './field';
import { IntakeGenerator } from './intake-generator';
import { ItemActions } from './item-actions';
import { useApplyEdit, useEditorTexts } from './use-editor';

export function CohortList({ g }: { g: number }) {
  const t = useEditorTexts();
  const apply = useApplyEdit();
  const count = useAppStore((s) => s.scenario?.targetGroups[g]?.cohorts.length ?? 0);
  return (
    <fieldset className="editor-fieldset">
      <legend>{t.cohorts}</legend>
      <ol className="editor-list">
        {Array.from({ length: count }, (_, c) => (
          <li key={c} className="editor-row">
            <Field label={`${t.cohort(c + 1)}: ${t.count.toLowerCase()}`} path={['targetGroups', g, 'cohorts', c, 'count']} kind="amount" />
            <Field label={t.startMonth} path={['targetGroups', g, 'cohorts', c, 'startMonth']} kind="amount" />
            <ItemActions name={t.cohort(c + 1).toLowerCase()} index={c} count={count} onMove={(d) => apply(moveCohort, g, c, d)}
              onDelete={() => apply(deleteCohort, g, c)} />
          </li>
        ))}
      </ol>
      <button type="button" className="editor-add" onClick={() => apply(addCohort, g)}>{t.addCohort}</button>
      <IntakeGenerator g={g} />
    </fieldset>
  );
}
