/** »Ny investeringscase«: a new document from one of the Danish catalogue's intervention templates. */
import { useMemo, useState } from 'react';
import { availableTemplates, openNewCaseFromTemplate } from '../../../state/edits';
import { NEW_CASE_CATALOGUE } from '../../../state/edits/new-scenario';
import { useAppStoreApi } from '../../../state';
import { Collapsible } from './collapsible';
import { useTemplateDescription, useTemplateLabel } from './template-picker';
import { useEditorTexts } from './use-editor';
import { useItemNames } from '../../i18n/edit-names';

export function NewCaseForm() {
  const t = useEditorTexts();
  const names = useItemNames();
  const store = useAppStoreApi();
  const describe = useTemplateLabel();
  const description = useTemplateDescription();
  const templates = useMemo(() => availableTemplates({ catalogue: { id: NEW_CASE_CATALOGUE, version: '' } }), []);
  const [chosen, setChosen] = useState(0);
  if (templates.length === 0) return null;
  const choice = templates[Math.min(chosen, templates.length - 1)]!;
  return (
    <Collapsible className="editor-section" summary={<h3>{t.newCase}</h3>}>
      <div className="editor-template">
        <label htmlFor="ed-new-case-template">{t.newCaseTemplate}</label>
        <select id="ed-new-case-template" value={Math.min(chosen, templates.length - 1)} onChange={(e) => setChosen(Number(e.target.value))}>
          {templates.map((c, k) => <option key={c.id} value={k}>{describe(c)}</option>)}
        </select>
        <p className="editor-status">{description(choice)}</p>
        <button type="button" onClick={() => void openNewCaseFromTemplate(store.getState(), choice.id, names, choice.catalogue.id)}>{t.newCaseButton}</button>
        <p className="editor-status">{t.newCaseNote}</p>
      </div>
    </Collapsible>
  );
}
