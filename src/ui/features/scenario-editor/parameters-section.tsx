/** The scenario's named parameters, which expressions anywhere in the case may use. */
import { useMemo } from 'react';
import { addParameter } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { useShallow } from 'zustand/react/shallow';
import { Collapsible } from './collapsible';
import { PagedList } from './paged-list';
import { ParameterRow } from './parameter-row';
import { useApplyEdit, useEditorTexts } from './use-editor';

export function ParametersSection() {
  const t = useEditorTexts();
  const apply = useApplyEdit();
  const names = useAppStore(useShallow((s) => Object.keys(s.scenario?.parameters ?? {})));
  const positions = useMemo(() => new Map(names.map((name, i) => [name, i])), [names]);
  // `parameters.<name>.…` → the parameter's place in the list.
  const indexOfParameter = (path: string) => (path.startsWith('parameters.') ? positions.get(path.slice(11).split('.')[0]!) : undefined);
  return (
    <Collapsible className="editor-section" errorPrefix="parameters" summary={<h3>{t.parameters} ({names.length})</h3>}>
      <PagedList count={names.length} label={t.parameters} indexOfPath={indexOfParameter}
        add={{ label: t.addParameter, onAdd: () => apply(addParameter) }}>
        {(from, to) => names.slice(from, to).map((name, k) => <ParameterRow key={name} name={name} index={from + k} count={names.length} />)}
      </PagedList>
    </Collapsible>
  );
}
