/** The scenario's named parameters, which expressions anywhere in the case may use. */
import { addParameter } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { useShallow } from 'zustand/react/shallow';
import { Collapsible } from './collapsible';
import { ParameterRow } from './parameter-row';
import { useApplyEdit, useEditorTexts } from './use-editor';

export function ParametersSection() {
  const t = useEditorTexts();
  const apply = useApplyEdit();
  const names = useAppStore(useShallow((s) => Object.keys(s.scenario?.parameters ?? {})));
  return (
    <Collapsible className="editor-section" errorPrefix="parameters" summary={<h3>{t.parameters} ({names.length})</h3>}>
      {names.map((name, i) => <ParameterRow key={name} name={name} index={i} count={names.length} />)}
      <button type="button" className="editor-add" onClick={() => apply(addParameter)}>{t.addParameter}</button>
    </Collapsible>
  );
}
