/** An intervention's outcomes: shares with and without, timing, decay, lock-in and what a moved person is worth. */
import { addOutcome, deleteOutcome, duplicateOutcome, moveOutcome, setDecayType, setLockIn, type DecayType } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { Collapsible } from './collapsible';
import { ConfidenceField } from './confidence-field';
import { Field } from './field';
import { ItemActions } from './item-actions';
import { OutcomeValueEditor } from './outcome-value-editor';
import { GuardrailMark } from './guardrail-mark';
import { indexUnder, PagedList } from './paged-list';
import { fieldId, useApplyEdit, useEditorTexts } from './use-editor';
import { useItemNames } from '../../i18n/edit-names';

const DECAYS: DecayType[] = ['none', 'exponential', 'linear'];

function OutcomeEditor({ g, i, o, count }: { g: number; i: number; o: number; count: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const outcome = useAppStore((s) => s.scenario?.targetGroups[g]?.interventions[i]?.outcomes[o]);
  if (!outcome) return null;
  const path = ['targetGroups', g, 'interventions', i, 'outcomes', o] as const;
  const at: [number, number] = [g, i];
  const decay = outcome.decay?.type ?? 'none';
  const decayId = `${fieldId(path)}-decay-type`;
  const lockInId = `${fieldId(path)}-lockin-on`;
  return (
    <Collapsible className="editor-item" defaultOpen summary={<><span className="editor-kind">{t.outcome}</span> {outcome.label}</>}>
      <div className="editor-grid">
        <Field label={t.label} path={[...path, 'label']} wide />
        <Field label={t.state} path={[...path, 'state']} />
        <Field label={t.treated} path={[...path, 'treated']} kind="percent" />
        <Field label={t.counterfactual} path={[...path, 'counterfactual']} kind="percent" />
        <Field label={t.startMonth} path={[...path, 'startMonth']} kind="amount" />
        <Field label={t.ramp} path={[...path, 'rampMonths']} kind="amount" />
        <Field label={t.duration} path={[...path, 'durationMonths']} kind="amount" />
        <ConfidenceField path={[...path, 'confidence']} />
        <div className="editor-field">
          <label htmlFor={decayId}>{t.decay}</label>
          <select id={decayId} value={decay} onChange={(e) => apply(setDecayType, [g, i, o], e.target.value as DecayType)}>
            {DECAYS.map((d) => <option key={d} value={d}>{t.decays[d]}</option>)}
          </select>
          <GuardrailMark id={fieldId([...path, 'decay'])} />
        </div>
        {decay === 'exponential' && <Field label={t.decayRate} path={[...path, 'decay', 'ratePerYear']} kind="percent" />}
        {decay === 'linear' && <Field label={t.monthsToZero} path={[...path, 'decay', 'monthsToZero']} kind="amount" />}
      </div>
      <div className="editor-check">
        <input id={lockInId} type="checkbox" checked={Boolean(outcome.lockIn)} onChange={(e) => apply(setLockIn, [g, i, o], e.target.checked)} />
        <label htmlFor={lockInId}>{t.lockIn}</label>
      </div>
      {outcome.lockIn && (
        <div className="editor-grid">
          <Field label={t.lockInShare} path={[...path, 'lockIn', 'share']} kind="percent" />
          <Field label={t.startMonth} path={[...path, 'lockIn', 'startMonth']} kind="amount" />
          <Field label={t.duration} path={[...path, 'lockIn', 'durationMonths']} kind="amount" />
        </div>
      )}
      <OutcomeValueEditor g={g} i={i} o={o} />
      <Field label={t.note} path={[...path, 'note']} kind="longText" optional />
      <Field label={t.source} path={[...path, 'source']} optional wide />
      <ItemActions name={`${t.outcome.toLowerCase()} ${outcome.label}`} index={o} count={count} onMove={(d) => apply(moveOutcome, at, o, d)}
        onDuplicate={() => apply(duplicateOutcome, names, at, o)} onDelete={() => apply(deleteOutcome, at, o)} />
    </Collapsible>
  );
}

export function OutcomeList({ g, i }: { g: number; i: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const apply = useApplyEdit();
  const count = useAppStore((s) => s.scenario?.targetGroups[g]?.interventions[i]?.outcomes.length ?? 0);
  return (
    <div className="editor-sublist">
      <p className="editor-subheading">{t.outcomes}</p>
      <PagedList count={count} label={t.outcomes} indexOfPath={indexUnder(`targetGroups[${g}].interventions[${i}].outcomes`)}
        add={{ label: t.addOutcome, onAdd: () => apply(addOutcome, names, [g, i]) }}>
        {(from, to) => Array.from({ length: to - from }, (_, k) => <OutcomeEditor key={from + k} g={g} i={i} o={from + k} count={count} />)}
      </PagedList>
    </div>
  );
}
