/** A labelled choice bound to a field path (ledger, category, basis …); each change is one edit. */
import { getAt, type FieldPath } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { FieldShell } from './field';
import { fieldId, useCommitField, useFieldErrors } from './use-editor';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  path: FieldPath;
  choices: Choice[];
  /** Label of the empty choice, for an optional field (choosing it removes the field). */
  emptyLabel?: string;
}

export function SelectField({ label, path, choices, emptyLabel }: Props) {
  const id = fieldId(path);
  const value = useAppStore((s) => getAt(s.scenario, path));
  const problems = useFieldErrors(path);
  const commitField = useCommitField();
  const current = typeof value === 'string' ? value : '';
  // A value the model does not know (e.g. from an edited file) is still shown, so the engine's message makes sense.
  const all = current && !choices.some((c) => c.value === current) ? [...choices, { value: current, label: current }] : choices;
  return (
    <FieldShell id={id} label={label} problems={problems}>
      <select
        id={id}
        value={current}
        aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length ? `${id}-error` : undefined}
        onChange={(e) => commitField(path, e.target.value === '' ? undefined : e.target.value, label)}
      >
        {(emptyLabel !== undefined || current === '') && <option value="">{emptyLabel ?? ''}</option>}
        {all.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
      </select>
    </FieldShell>
  );
}
