/**
 * A figure's confidence grade (0–3, defined in the catalogue with its source), which the
 * optimism correction reads: the empty choice removes the grade (the figure is not corrected).
 */
import { getAt, type FieldPath } from '../../../state/edits';
import { selectModel, useAppStore } from '../../../state';
import { FieldShell } from './field';
import { fieldId, useCommitField, useEditorTexts, useFieldErrors } from './use-editor';

export function ConfidenceField({ path }: { path: FieldPath }) {
  const t = useEditorTexts();
  const id = fieldId(path);
  const value = useAppStore((s) => getAt(s.scenario, path));
  const grades = useAppStore((s) => selectModel(s)?.confidenceGrades ?? []);
  const problems = useFieldErrors(path);
  const commitField = useCommitField();
  if (grades.length === 0 && value === undefined) return null;
  return (
    <FieldShell id={id} label={t.confidence} problems={problems}>
      <select id={id} value={typeof value === 'number' ? String(value) : ''} aria-invalid={problems.length > 0 || undefined}
        aria-describedby={problems.length ? `${id}-error` : undefined}
        onChange={(e) => commitField(path, e.target.value === '' ? undefined : Number(e.target.value), t.confidence)}>
        <option value="">{t.noConfidence}</option>
        {grades.map((g) => <option key={g.grade} value={String(g.grade)}>{g.label}</option>)}
      </select>
    </FieldShell>
  );
}
