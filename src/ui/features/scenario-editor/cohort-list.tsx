/**
 * A target group's cohorts as a compact table (count and start month), a page at a time so a file
 * with 100,000 cohorts stays responsive (paged-list.tsx), and the »yearly intake« generator.
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
    <tr>
      <th scope="row">{formatNumber(c + 1, locale)}</th>
      <td><Field label={`${name}: ${t.count.toLowerCase()}`} path={['targetGroups', g, 'cohorts', c, 'count']} kind="amount" hideLabel /></td>
      <td><Field label={`${name}: ${t.startMonth.toLowerCase()}`} path={['targetGroups', g, 'cohorts', c, 'startMonth']} kind="amount" hideLabel /></td>
      <td>
        <ItemActions name={name.toLowerCase()} index={c} count={count} onMove={(d) => apply(moveCohort, g, c, d)}
          onDelete={() => apply(deleteCohort, g, c)} />
      </td>
    </tr>
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
          <table className="editor-table">
            <thead>
              <tr>
                <th scope="col">{t.number}</th><th scope="col">{t.count}</th><th scope="col">{t.startMonth}</th>
                <th scope="col"><span className="sr-only">{t.actions}</span></th>
              </tr>
            </thead>
            <tbody>{rows(from, to)}</tbody>
          </table>
        )}
      </PagedList>
      <IntakeGenerator g={g} />
    </fieldset>
  );
}
