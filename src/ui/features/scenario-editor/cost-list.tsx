/** An intervention's cost items: amount, basis, payer, category, window, welfare treatment and an optional refund. */
import { addCostItem, deleteCostItem, duplicateCostItem, moveCostItem, setRefund } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { Collapsible } from './collapsible';
import { ConfidenceField } from './confidence-field';
import { Field } from './field';
import { indexUnder, PagedList } from './paged-list';
import { ItemActions } from './item-actions';
import { SelectField } from './select-field';
import { fieldId, useApplyEdit, useEditorTexts } from './use-editor';
import { useModelChoices } from './use-model-choices';
import { useItemNames } from '../../i18n/edit-names';

const BASES = ['perParticipantPerYear', 'perParticipantPerMonth', 'perParticipantOnce', 'fixedPerYear', 'fixedOnce'] as const;

function CostItemEditor({ g, i, c, count }: { g: number; i: number; c: number; count: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const choices = useModelChoices();
  const cost = useAppStore((s) => s.scenario?.targetGroups[g]?.interventions[i]?.costs[c]);
  if (!cost) return null;
  const path = ['targetGroups', g, 'interventions', i, 'costs', c] as const;
  const at: [number, number] = [g, i];
  const refundId = `${fieldId(path)}-refund-on`;
  return (
    <Collapsible className="editor-item" defaultOpen summary={<><span className="editor-kind">{t.cost}</span> {cost.label}</>}>
      <div className="editor-grid">
        <Field label={t.label} path={[...path, 'label']} wide />
        <Field label={t.amount} path={[...path, 'amount']} kind="amount" />
        <SelectField label={t.basis} path={[...path, 'basis']} choices={BASES.map((b) => ({ value: b, label: t.bases[b] }))} />
        <SelectField label={t.payer} path={[...path, 'payer', 'ledger']} choices={choices.ledgers} />
        <SelectField label={t.department} path={[...path, 'payer', 'department']} choices={choices.departments(cost.payer.ledger)} emptyLabel={t.none} />
        <SelectField label={t.category} path={[...path, 'category']} choices={choices.categories} />
        <SelectField label={t.serviceFrame} path={[...path, 'serviceFrame']} choices={[{ value: 'outside', label: t.serviceFrameOutside }]} emptyLabel={t.serviceFrameInside} />
        <SelectField label={t.costWelfare} path={[...path, 'welfare']} choices={[{ value: 'transfer', label: t.costWelfareTransfer }]} emptyLabel={t.costWelfareResource} />
        <Field label={t.startMonth} path={[...path, 'startMonth']} kind="amount" />
        <Field label={t.duration} path={[...path, 'durationMonths']} kind="amount" />
        <ConfidenceField path={[...path, 'confidence']} />
      </div>
      <div className="editor-check">
        <input id={refundId} type="checkbox" checked={Boolean(cost.refund)}
          onChange={(e) => apply(setRefund, [g, i, c], e.target.checked, choices.ledgers.find((l) => l.value !== cost.payer.ledger)?.value ?? 'stat')} />
        <label htmlFor={refundId}>{t.refund}</label>
      </div>
      {cost.refund && (
        <div className="editor-grid">
          <Field label={t.refundShare} path={[...path, 'refund', 'share']} kind="percent" />
          <SelectField label={t.refundLedger} path={[...path, 'refund', 'ledger']} choices={choices.ledgers} />
          <SelectField label={t.refundDepartment} path={[...path, 'refund', 'department']} choices={choices.departments(cost.refund.ledger)} emptyLabel={t.none} />
        </div>
      )}
      <Field label={t.note} path={[...path, 'note']} kind="longText" optional />
      <Field label={t.source} path={[...path, 'source']} optional wide />
      <ItemActions name={`${t.cost.toLowerCase()} ${cost.label}`} index={c} count={count} onMove={(d) => apply(moveCostItem, at, c, d)}
        onDuplicate={() => apply(duplicateCostItem, names, at, c)} onDelete={() => apply(deleteCostItem, at, c)} />
    </Collapsible>
  );
}

export function CostList({ g, i }: { g: number; i: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const count = useAppStore((s) => s.scenario?.targetGroups[g]?.interventions[i]?.costs.length ?? 0);
  return (
    <div className="editor-sublist">
      <p className="editor-subheading">{t.costs}</p>
      <PagedList count={count} label={t.costs} indexOfPath={indexUnder(`targetGroups[${g}].interventions[${i}].costs`)}
        add={{ label: t.addCost, onAdd: () => apply(addCostItem, names, [g, i]) }}>
        {(from, to) => Array.from({ length: to - from }, (_, k) => <CostItemEditor key={from + k} g={g} i={i} c={from + k} count={count} />)}
      </PagedList>
    </div>
  );
}
