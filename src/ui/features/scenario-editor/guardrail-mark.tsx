/**
 * The guardrails (docs/follow-up-and-guardrails.md) beside the field they concern: a small marker
 * with the one-sentence reason and its source. Never blocking; the field stays editable. Matched
 * on the field's DOM id, so every FieldShell shows its own findings without knowing about them.
 * Findings of one kind at one field are one warning: a rules year that puts six catalogue figures
 * outside their validity gives one »Katalogtal uden for sin gyldighed« that lists the six.
 */
import { selectGuardrails, useScenarioCheck } from '../../../state';
import type { GuardrailFinding, GuardrailKind } from '../../../engine';
import { useTexts } from '../../i18n/use-texts';
import { FiguresOutOfValidity } from '../guardrails/figures-out-of-validity';
import { guardrailTexts } from '../guardrails/texts';
import { fieldIdOfKey } from './use-editor';

const NONE: GuardrailFinding[] = [];
/** Findings by field id, built once per findings list, so each of many fields looks up instead of filtering. */
const byField = new WeakMap<GuardrailFinding[], Map<string, GuardrailFinding[]>>();

function findingsById(all: GuardrailFinding[]): Map<string, GuardrailFinding[]> {
  let map = byField.get(all);
  if (!map) {
    map = new Map();
    for (const f of all) {
      const id = fieldIdOfKey(f.path);
      map.set(id, [...(map.get(id) ?? []), f]);
    }
    byField.set(all, map);
  }
  return map;
}

/** The findings whose path is the field with this DOM id; the same array while they do not change. */
export function useGuardrailsAt(id: string): GuardrailFinding[] {
  return useScenarioCheck(selectGuardrails, (all) => findingsById(all).get(id) ?? NONE);
}

/** The marker for the field with DOM id `id`, or for a group of fields named by its path text `at`. */
export function GuardrailMark({ id, at }: { id?: string; at?: string }) {
  const t = useTexts(guardrailTexts);
  const findings = useGuardrailsAt(id ?? fieldIdOfKey(at ?? ''));
  if (findings.length === 0) return null;
  const byKind = new Map<GuardrailKind, GuardrailFinding[]>();
  for (const f of findings) byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  return (
    <ul className="editor-field__warning" aria-label={t.heading}>
      {[...byKind].map(([kind, list]) => (
        <li key={kind} data-guardrail={kind}>
          <span aria-hidden="true">⚠ </span><strong>{t.kinds[kind].title}:</strong> {t.kinds[kind].reason}{' '}
          {kind === 'figureOutOfValidity' && <FiguresOutOfValidity findings={list} className="editor-field__figures" />}
          <small>{t.kinds[kind].source}</small>
        </li>
      ))}
    </ul>
  );
}
