/**
 * A target group's cohorts as a compact table (count and start month), a page at a time so a file
 * with 100,000 cohorts stays responsive (paged-list.tsx), and the »yearly intake« generator. The
 * table is a numbered list laid out in columns: each input carries its own label (»Kohorte 7:
 * antal deltagere«), so the visible column heads are for the eye only, and the page keeps one
 * data table, the results'.
 */
import { addCohort, deleteCohort, moveCohort } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { formatNumber } from '../../../format/numbers';
import { useLocale } from '../../i18n/use-texts';
import { Field } from './field';
import { IntakeGenerator } from './intake-generator';
import { ItemActions } from './item-actions';
import { indexUnder, PagedList } from './paged-list';
import { useApplyEdit, useEditorTexts } from './use-editor';

function CohortRow({ g, c, count }: { g: number; c: number; count: number }) {
  const t = useEditorTexts();
  const apply = useApplyEdit();
  const locale = useLocale();
  const name = t.cohort(c + 1);
  return (
    <li className="editor-cohort">
      <span className="editor-cohort__number" aria-hidden="true">{formatNumber(c + 1, locale)}</span>
      <Field label={`${name}: ${t.count.toLowerCase()}`} path={['targetGroups', g, 'cohorts', c, 'count']} kind="amount" hideLabel />
      <Field label={`${name}: ${t.startMonth.toLowerCase()}`} path={['targetGroups', g, 'cohorts', c, 'startMonth']} kind="amount" hideLabel />
      <ItemActions name={name.toLowerCase()} index={c} count={count} onMove={(d) => apply(moveCohort, g, c, d)}
        onDelete={() => apply(deleteCohort, g, c)} />
    </li>
  );
}

export function CohortList({ g }: { g: number }) {
  const t = useEditorTexts();
  const locale = useLocale();
  const apply = useApplyEdit();
  const count = useAppStore((s) => s.scenario?.targetGroups[g]?.cohorts.length ?? 0);
  const rows = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => <CohortRow key={from + k} g={g} c={from + k} count={count} />);
  return (
    <fieldset className="editor-fieldset">
      <legend>{t.cohorts} ({formatNumber(count, locale)})</legend>
      <PagedList count={count} label={t.cohorts} indexOfPath={indexUnder(`targetGroups[${g}].cohorts`)}
        add={{ label: t.addCohort, onAdd: () => apply(addCohort, g) }}>
        {(from, to) => (
          <>
            <div className="editor-cohort editor-cohort--head" aria-hidden="true">
              <span>{t.number}</span><span>{t.count}</span><span>{t.startMonth}</span><span />
            </div>
            <ol className="editor-list editor-cohorts" start={from + 1}>{rows(from, to)}</ol>
          </>
        )}
      </PagedList>
      <IntakeGenerator g={g} />
    </fieldset>
  );
}
