/** A target group's interventions: each editable, reorderable by buttons; add an empty one or one from a template. */
import { addIntervention, deleteIntervention, duplicateIntervention, moveIntervention } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { CostList } from './cost-list';
import { Collapsible } from './collapsible';
import { Field } from './field';
import { ItemActions } from './item-actions';
import { OutcomeList } from './outcome-list';
import { indexUnder, PagedList } from './paged-list';
import { TemplatePicker } from './template-picker';
import { useApplyEdit, useEditorTexts } from './use-editor';
import { useItemNames } from '../../i18n/edit-names';

function InterventionEditor({ g, i, count }: { g: number; i: number; count: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const label = useAppStore((s) => s.scenario?.targetGroups[g]?.interventions[i]?.label ?? '');
  const path = ['targetGroups', g, 'interventions', i] as const;
  return (
    <Collapsible className="editor-item editor-intervention" defaultOpen={count === 1} errorPrefix={`targetGroups[${g}].interventions[${i}]`}
      summary={<><span className="editor-kind">{t.intervention}</span> {label}</>}>
      <div className="editor-grid">
        <Field label={t.ivLabel} path={[...path, 'label']} wide />
        <Field label={t.id} path={[...path, 'id']} />
        <Field label={t.description} path={[...path, 'description']} kind="longText" optional />
      </div>
      <ItemActions name={`${t.intervention.toLowerCase()} ${label}`} index={i} count={count}
        onMove={(d) => apply(moveIntervention, g, i, d)} onDuplicate={() => apply(duplicateIntervention, names, g, i)}
        onDelete={() => apply(deleteIntervention, g, i)} />
      <CostList g={g} i={i} />
      <OutcomeList g={g} i={i} />
    </Collapsible>
  );
}

export function InterventionList({ g }: { g: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const count = useAppStore((s) => s.scenario?.targetGroups[g]?.interventions.length ?? 0);
  return (
    <div className="editor-sublist">
      <p className="editor-subheading">{t.interventions}</p>
      <PagedList count={count} label={t.interventions} indexOfPath={indexUnder(`targetGroups[${g}].interventions`)}
        add={{ label: t.addIntervention, onAdd: () => apply(addIntervention, names, g) }}>
        {(from, to) => Array.from({ length: to - from }, (_, k) => <InterventionEditor key={from + k} g={g} i={from + k} count={count} />)}
      </PagedList>
      <TemplatePicker g={g} />
    </div>
  );
}
