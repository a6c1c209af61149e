/** What a moved person is worth: direct amounts per person-year per ledger and category, or derived from two states. */
import { addValueLine, deleteValueLine, setValueType } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { ConfidenceField } from './confidence-field';
import { Field } from './field';
import { ItemActions } from './item-actions';
import { indexUnder, PagedList } from './paged-list';
import { BankableField } from './bankable-field';
import { SelectField } from './select-field';
import { GuardrailMark } from './guardrail-mark';
import { fieldId, useApplyEdit, useEditorTexts } from './use-editor';
import { useModelChoices } from './use-model-choices';

export function OutcomeValueEditor({ g, i, o }: { g: number; i: number; o: number }) {
  const t = useEditorTexts();
  const apply = useApplyEdit();
  const choices = useModelChoices();
  const value = useAppStore((s) => s.scenario?.targetGroups[g]?.interventions[i]?.outcomes[o]?.value);
  if (!value) return null;
  const path = ['targetGroups', g, 'interventions', i, 'outcomes', o, 'value'] as const;
  const name = `${fieldId(path)}-type`;
  const pathText = `targetGroups[${g}].interventions[${i}].outcomes[${o}].value`;
  return (
    <fieldset className="editor-fieldset">
      <legend>{t.outcomeValue}</legend>
      <GuardrailMark id={fieldId(path)} />
      <div className="editor-radios" role="radiogroup" aria-label={t.outcomeValue}>
        {(['direct', 'derived'] as const).map((type) => (
          <label key={type}>
            <input type="radio" name={name} value={type} checked={value.type === type}
              onChange={() => apply(setValueType, [g, i, o], type, choices.states.map((s) => s.value), choices.ledgers[0]?.value)} />
            {t.valueTypes[type]}
          </label>
        ))}
      </div>
      {value.type === 'derived' ? (
        <div className="editor-grid">
          <SelectField label={t.from} path={[...path, 'from']} choices={choices.states} />
          <SelectField label={t.to} path={[...path, 'to']} choices={choices.states} />
        </div>
      ) : (
        <PagedList count={value.perPersonYear.length} label={t.valueLines} indexOfPath={indexUnder(`${pathText}.perPersonYear`)}
          add={{ label: t.addLine, onAdd: () => apply(addValueLine, [g, i], o, choices.ledgers[0]?.value) }}>
          {(from, to) => <ol className="editor-list" start={from + 1}>{value.perPersonYear.slice(from, to).map((line, k) => {
            const l = from + k;
            const lp = [...path, 'perPersonYear', l] as const;
            return (
              <li key={l} className="editor-row">
                <SelectField label={t.ledger} path={[...lp, 'ledger']} choices={choices.ledgers} />
                <SelectField label={t.department} path={[...lp, 'department']} choices={choices.departments(line.ledger)} emptyLabel={t.none} />
                <SelectField label={t.category} path={[...lp, 'category']} choices={choices.categories} />
                <Field label={t.lineAmount} path={[...lp, 'amount']} kind="amount" />
                <Field label={t.label} path={[...lp, 'label']} optional />
                <ConfidenceField path={[...lp, 'confidence']} />
                <BankableField path={[...lp, 'bankable']} />
                <ItemActions name={t.valueLine(l + 1).toLowerCase()} index={l} count={value.perPersonYear.length}
                  onDelete={() => apply(deleteValueLine, [g, i], o, l)} />
              </li>
            );
          })}</ol>}
        </PagedList>
      )}
    </fieldset>
  );
}
