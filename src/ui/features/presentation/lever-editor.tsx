/**
 * The editor's »Præsentation: håndtag«: which parameters presentation mode may move (at most four), each
 * with its range and step in the parameter's own unit (a share as percent). Stored in the scenario
 * file as `presentation.levers`; each change is a named, undoable edit.
 */
import { useState } from 'react';
import { useAppStore } from '../../../state';
import { addLever, leverCandidates, MAX_LEVERS, removeLever, setLeverRange } from '../../../state/edits/presentation-edits';
import type { Lever } from '../../../engine';
import { AmountInput } from '../../components/amount-input';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { Collapsible } from '../scenario-editor/collapsible';
import { useApplyEdit } from '../scenario-editor/use-editor';
import { isShare } from './lever-format';
import { presentationTexts } from './texts';

function RangeField({ lever, field, label }: { lever: Lever; field: 'min' | 'max' | 'step'; label: string }) {
  const apply = useApplyEdit();
  const locale = useLocale();
  const id = `lever-${lever.parameter}-${field}`;
  return (
    <div className="editor-field">
      <label htmlFor={id}>{label}</label>
      <AmountInput id={id} value={lever[field]} locale={locale} percent={isShare(lever)}
        onCommit={(v) => {
          if (typeof v !== 'number') return false;
          const { parameter: _, ...range } = lever;
          const next = { ...range, [field]: v };
          if (!(next.min < next.max) || !(next.step > 0)) return false;
          apply(setLeverRange, lever.parameter, next);
          return true;
        }} />
    </div>
  );
}

export function LeverEditor() {
  const t = useTexts(presentationTexts);
  const apply = useApplyEdit();
  const scenario = useAppStore((s) => s.scenario);
  const [chosen, setChosen] = useState('');
  if (!scenario) return null;
  const levers = scenario.presentation?.levers ?? [];
  const free = leverCandidates(scenario).filter((name) => !levers.some((l) => l.parameter === name));
  const pick = free.includes(chosen) ? chosen : free[0] ?? '';
  const name = (p: string) => scenario.parameters[p]?.label ?? p;
  return (
    <Collapsible className="editor-section" errorPrefix="presentation" summary={<h3>{t.section} ({levers.length})</h3>}>
      <p className="editor-status">{t.sectionHint}</p>
      {levers.map((lever) => (
        <fieldset key={lever.parameter} className="editor-lever">
          <legend>{name(lever.parameter)}</legend>
          <div className="editor-grid">
            <RangeField lever={lever} field="min" label={t.min} />
            <RangeField lever={lever} field="max" label={t.max} />
            <RangeField lever={lever} field="step" label={t.step} />
          </div>
          <button type="button" aria-label={t.remove(name(lever.parameter))} onClick={() => apply(removeLever, lever.parameter)}>×</button>
        </fieldset>
      ))}
      {levers.length >= MAX_LEVERS ? <p className="editor-status">{t.full}</p> : free.length > 0 && (
        <div className="editor-template">
          <label htmlFor="lever-add">{t.parameter}</label>
          <select id="lever-add" value={pick} onChange={(e) => setChosen(e.target.value)}>
            {free.map((p) => <option key={p} value={p}>{name(p)}</option>)}
          </select>
          <button type="button" onClick={() => apply(addLever, pick)}>{t.add}</button>
        </div>
      )}
    </Collapsible>
  );
}
