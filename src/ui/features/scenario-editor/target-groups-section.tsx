/** Every target group with its cohorts and interventions; add, duplicate, reorder and delete groups. */
import { addTargetGroup, deleteTargetGroup, duplicateTargetGroup, moveTargetGroup } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { CohortList } from './cohort-list';
import { Collapsible } from './collapsible';
import { Field } from './field';
import { InterventionList } from './intervention-list';
import { ItemActions } from './item-actions';
import { indexUnder, PagedList } from './paged-list';
import { useApplyEdit, useEditorTexts } from './use-editor';
import { useItemNames } from '../../i18n/edit-names';

function TargetGroupEditor({ g, count }: { g: number; count: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const label = useAppStore((s) => s.scenario?.targetGroups[g]?.label ?? '');
  const name = `${t.group.toLowerCase()} ${label}`;
  return (
    <Collapsible className="editor-item editor-group" defaultOpen={count === 1} errorPrefix={`targetGroups[${g}]`}
      summary={<><span className="editor-kind">{t.group}</span> {label}</>}>
      <div className="editor-grid">
        <Field label={t.groupLabel} path={['targetGroups', g, 'label']} wide />
        <Field label={t.id} path={['targetGroups', g, 'id']} />
        <Field label={t.seniority} path={['targetGroups', g, 'startingSeniorityWeeks']} kind="amount" />
        <Field label={t.description} path={['targetGroups', g, 'description']} kind="longText" optional />
      </div>
      <ItemActions name={name} index={g} count={count} onMove={(d) => apply(moveTargetGroup, g, d)}
        onDuplicate={() => apply(duplicateTargetGroup, names, g)} onDelete={() => apply(deleteTargetGroup, g)} />
      <CohortList g={g} />
      <InterventionList g={g} />
    </Collapsible>
  );
}

export function TargetGroupsSection() {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const count = useAppStore((s) => s.scenario?.targetGroups.length ?? 0);
  return (
    <section className="editor-section" aria-labelledby="editor-groups-heading">
      <h3 id="editor-groups-heading">{t.targetGroups}</h3>
      <PagedList count={count} label={t.targetGroups} indexOfPath={indexUnder('targetGroups')}
        add={{ label: t.addGroup, onAdd: () => apply(addTargetGroup, names) }}>
        {(from, to) => Array.from({ length: to - from }, (_, k) => <TargetGroupEditor key={from + k} g={from + k} count={count} />)}
      </PagedList>
    </section>
  );
}
