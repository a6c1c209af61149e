/**
 * One named parameter: its name (a rename rewrites every expression that uses it), value, label,
 * unit, bounds, source and note. A parameter whose unit is »share« is typed in percent.
 */
import { useState } from 'react';
import type { EngineError } from '../../../engine';
import { deleteParameter, problemsOfEdit, renameParameter } from '../../../state/edits';
import { useAppStore, useAppStoreApi } from '../../../state';
import { selectUnusedParameterNames } from '../../../state/selectors/sensitivity';
import { DraftInput } from '../../components/draft-input';
import { formatAmountText } from '../../components/number-text';
import { useLocale } from '../../i18n/use-texts';
import { Collapsible } from './collapsible';
import { Field, FieldShell } from './field';
import { ItemActions } from './item-actions';
import { UncertaintyFields } from './uncertainty-fields';
import { fieldId, useApplyEdit, useEditorTexts } from './use-editor';

function NameField({ name }: { name: string }) {
  const t = useEditorTexts();
  const store = useAppStoreApi();
  const [problems, setProblems] = useState<EngineError[]>([]);
  const id = `${fieldId(['parameters', name])}-name`;
  const commit = (to: string): boolean => {
    const { scenario, applyEdit } = store.getState();
    if (!scenario) return false;
    const next = renameParameter(scenario, name, to);
    const found = to in scenario.parameters
      ? [{ path: `parameters.${to}`, message: t.nameTaken(to) }]
      : problemsOfEdit(scenario, next);
    setProblems(found);
    if (found.length === 0) applyEdit(renameParameter.key, (s) => renameParameter(s, name, to));
    return found.length === 0;
  };
  return (
    <FieldShell id={id} label={t.name} problems={problems}>
      <DraftInput id={id} text={name} spellCheck={false} onCommit={commit} onRevert={() => setProblems([])}
        aria-invalid={problems.length > 0 || undefined} aria-describedby={problems.length ? `${id}-error` : undefined} />
    </FieldShell>
  );
}

export function ParameterRow({ name, index, count }: { name: string; index: number; count: number }) {
  const t = useEditorTexts();
  const locale = useLocale();
  const apply = useApplyEdit();
  const parameter = useAppStore((s) => s.scenario?.parameters[name]);
  const unused = useAppStore((s) => selectUnusedParameterNames(s).has(name));
  if (!parameter) return null;
  const share = parameter.unit === 'share';
  const path = ['parameters', name] as const;
  return (
    <Collapsible className="editor-item" errorPrefix={`parameters.${name}`}
      summary={<><code>{name}</code> {parameter.label ? `– ${parameter.label}` : ''}: {formatAmountText(parameter.value, locale, share)}{unused && <span className="editor-unused"> – {t.unusedParameter}</span>}</>}>
      <div className="editor-grid">
        <NameField name={name} />
        <Field label={share ? t.valuePercent : t.value} path={[...path, 'value']} kind={share ? 'percent' : 'amount'} />
        <Field label={t.label} path={[...path, 'label']} optional wide />
        <Field label={t.unit} path={[...path, 'unit']} optional />
        <Field label={t.min} path={[...path, 'min']} kind={share ? 'percent' : 'amount'} />
        <Field label={t.max} path={[...path, 'max']} kind={share ? 'percent' : 'amount'} />
        <Field label={t.source} path={[...path, 'source']} optional wide />
        <Field label={t.note} path={[...path, 'note']} kind="longText" optional />
      </div>
      {unused && <p className="note editor-unused-note">{t.unusedParameterNote}</p>}
      <UncertaintyFields name={name} />
      <ItemActions name={t.parameter(name)} index={index} count={count} onDelete={() => apply(deleteParameter, name)} />
    </Collapsible>
  );
}
