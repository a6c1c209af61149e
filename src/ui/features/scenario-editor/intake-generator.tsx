/** »Årligt optag: N om året i K år«: replaces a group's cohorts with one cohort a year (one undoable edit). */
import { useState, type FormEvent } from 'react';
import { setYearlyIntake } from '../../../state/edits';
import { parseAmountText } from '../../components/number-text';
import { useLocale } from '../../i18n/use-texts';
import { useApplyEdit, useEditorTexts } from './use-editor';
import { useItemNames } from '../../i18n/edit-names';

export function IntakeGenerator({ g }: { g: number }) {
  const t = useEditorTexts();
  const names = useItemNames();
  const locale = useLocale();
  const apply = useApplyEdit();
  const [perYear, setPerYear] = useState('100');
  const [years, setYears] = useState('3');
  const [first, setFirst] = useState('0');
  const [invalid, setInvalid] = useState(false);
  const id = `ed-intake-${g}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseAmountText(perYear, locale);
    const k = parseAmountText(years, locale);
    const m = parseAmountText(first, locale);
    const count = n.kind === 'number' ? n.value : n.kind === 'expression' ? n.text : null;
    const ok = count !== null && k.kind === 'number' && Number.isInteger(k.value) && k.value >= 1
      && m.kind === 'number' && Number.isInteger(m.value) && m.value >= 0;
    setInvalid(!ok);
    if (ok) apply(setYearlyIntake, names, g, count, k.value, m.value);
  };
  return (
    <form className="editor-intake" onSubmit={submit} aria-labelledby={`${id}-legend`}>
      <p id={`${id}-legend`} className="editor-subheading">{t.intake}</p>
      <label htmlFor={`${id}-n`}>{t.intakePerYear}</label>
      <input id={`${id}-n`} value={perYear} onChange={(e) => setPerYear(e.target.value)} aria-describedby={invalid ? `${id}-error` : undefined} />
      <label htmlFor={`${id}-k`}>{t.intakeYears}</label>
      <input id={`${id}-k`} value={years} onChange={(e) => setYears(e.target.value)} inputMode="numeric" />
      <label htmlFor={`${id}-m`}>{t.intakeFirst}</label>
      <input id={`${id}-m`} value={first} onChange={(e) => setFirst(e.target.value)} inputMode="numeric" />
      <button type="submit">{t.intakeApply}</button>
      {invalid && <p id={`${id}-error`} className="editor-field__error">{t.intakeInvalid}</p>}
    </form>
  );
}
