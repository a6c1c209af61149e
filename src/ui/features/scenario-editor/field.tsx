/**
 * One labelled field of the scenario, bound to its path: text, amount (number or expression), or a
 * percent share. Its problems (the file format's and the engine's, same messages as when a file is
 * opened) appear under it, linked by aria-describedby; a refused value stays in the field as typed.
 */
import { useState, type ReactNode } from 'react';
import type { EngineError } from '../../../engine';
import { getAt, makeParameter, pathKey, type FieldPath } from '../../../state/edits';
import { useAppStore, useAppStoreApi } from '../../../state';
import { AmountInput, type AmountValue } from '../../components/amount-input';
import { DraftInput } from '../../components/draft-input';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { useCatalogueOwnText } from '../../i18n/catalogue-names';
import { editorTexts } from './texts';
import { fieldId, useCommitField, useFieldErrors } from './use-editor';
import { GuardrailMark } from './guardrail-mark';
import { fieldPathText, problemMessageText } from '../../../format/problem-text';

/** 'year': a calendar year, shown without a thousands separator (2027, not 2.027). */
export type FieldKind = 'text' | 'longText' | 'amount' | 'percent' | 'integer' | 'year';

interface Props {
  label: string;
  path: FieldPath;
  kind?: FieldKind;
  /** For optional text fields: an emptied field is removed from the file. */
  optional?: boolean;
  wide?: boolean;
  /** The label for screen readers only (in a table, whose column header shows it). */
  hideLabel?: boolean;
  /** A short note under the field (e.g. its default), linked by aria-describedby, so the label stays one line. */
  hint?: string;
}

export function FieldProblems({ id, problems }: { id: string; problems: EngineError[] }) {
  const locale = useLocale();
  if (problems.length === 0) return null;
  return <p id={id} className="editor-field__error">{problems.map((p) => problemMessageText(p.message, locale)).join('; ')}</p>;
}

export function FieldShell({ id, label, problems, wide, hideLabel, hint, children }: {
  id: string; label: string; problems: EngineError[]; wide?: boolean; hideLabel?: boolean; hint?: string; children: ReactNode;
}) {
  return (
    <div className={`editor-field${wide ? ' is-wide' : ''}${problems.length ? ' is-invalid' : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>{label}</label>
      {children}
      {hint && <p id={`${id}-hint`} className="editor-field__hint">{hint}</p>}
      <FieldProblems id={`${id}-error`} problems={problems} />
      <GuardrailMark id={id} />
    </div>
  );
}

export function Field({ label, path, kind = 'text', optional = false, wide = false, hideLabel = false, hint }: Props) {
  const id = fieldId(path);
  const locale = useLocale();
  const value = useAppStore((s) => getAt(s.scenario, path));
  const stored = useFieldErrors(path);
  const [refused, setRefused] = useState<EngineError[]>([]);
  const [active, setActive] = useState(false);
  const commitField = useCommitField();
  const own = useCatalogueOwnText();
  const problems = refused.length ? refused : stored;
  const describedBy = [problems.length ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const commit = (next: unknown): boolean => {
    const found = commitField(path, next, label);
    setRefused(found);
    return found.length === 0;
  };
  const revert = () => setRefused([]);
  let input: ReactNode;
  if (kind === 'amount' || kind === 'percent' || kind === 'integer' || kind === 'year') {
    // »Gør til parameter« shows while the field has focus (one button in the page, not one per field).
    const offer = active && kind !== 'year' && typeof value === 'number' && path[0] === 'targetGroups';
    input = (
      <span className="editor-field__input" onFocus={() => setActive(true)}
        onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget)) setActive(false); }}>
        <AmountInput id={id} value={value as AmountValue} locale={locale} percent={kind === 'percent'} year={kind === 'year'} onCommit={commit}
          onRevert={revert} invalid={problems.length > 0} describedBy={describedBy} />
        {offer && <MakeParameterButton path={path} label={label} />}
      </span>
    );
  } else {
    const raw = typeof value === 'string' ? value : '';
    // A note, description or source copied from a template reads in the user's language until it is edited.
    const text = ['note', 'description', 'source'].includes(String(path.at(-1))) ? own(raw) : raw;
    const props = { id, invalid: problems.length > 0, describedBy };
    input = kind === 'longText'
      ? <LongText {...props} text={text} onCommit={(t) => commit(t === '' && optional ? undefined : t)} />
      : <DraftInput id={id} text={text} aria-invalid={props.invalid || undefined} aria-describedby={describedBy} onRevert={revert}
          onCommit={(t) => commit(t === '' && optional ? undefined : t)} />;
  }
  return <FieldShell id={id} label={label} problems={problems} wide={wide || kind === 'longText'} hideLabel={hideLabel} hint={hint}>{input}</FieldShell>;
}

/**
 * »Gør til parameter«: one undoable step that makes a parameter of the field's number (its value,
 * unit, and the field's readable path as label: »Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb«) and
 * lets the field read it, so the analyses (break-even, tornado, variants) can move it.
 */
function MakeParameterButton({ path, label }: { path: FieldPath; label: string }) {
  const t = useTexts(editorTexts);
  const locale = useLocale();
  const store = useAppStoreApi();
  const make = () => store.getState().applyEdit(makeParameter.key,
    (s) => makeParameter(s, path, fieldPathText(pathKey(path), locale), label), label);
  return <button type="button" className="editor-field__make-parameter" aria-label={t.makeParameterOf(label)} title={t.makeParameter}
    // Keeps the focus in the field, so the button stays while it is clicked.
    onMouseDown={(e) => e.preventDefault()} onClick={make}>{t.makeParameter}</button>;
}

function LongText({ id, text, invalid, describedBy, onCommit }: { id: string; text: string; invalid: boolean; describedBy?: string; onCommit: (t: string) => boolean }) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <textarea id={id} rows={3} value={draft ?? text} aria-invalid={invalid || undefined} aria-describedby={describedBy}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => { if (draft !== null && (draft === text || onCommit(draft))) setDraft(null); }} />
  );
}
