/**
 * »Tilføj indsats fra skabelon«: a catalogue template's intervention (and its parameters, renamed on a
 * clash) copied into this target group. The templates are those of the scenario's catalogue.
 */
import { useMemo, useState } from 'react';
import { applyTemplate, availableTemplates, type TemplateChoice } from '../../../state/edits';
import { useAppStore } from '../../../state';
import { localizeTemplate } from '../../../io/catalogue-texts';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import { useApplyEdit, useEditorTexts } from './use-editor';

export function useTemplateLabel() {
  const t = useEditorTexts();
  const names = useCatalogueNames();
  return (c: TemplateChoice) => `${names(`interventionTemplates.${c.id}`, c.template.label)} (${t.evidence.toLowerCase()}: ${t.evidenceGrades[c.template.evidence] ?? c.template.evidence})`;
}

/** The template's description in the user's language (the catalogue's own text when it has no translation). */
export function useTemplateDescription() {
  const names = useCatalogueNames();
  return (c: TemplateChoice) => names(`interventionTemplates.${c.id}.description`, c.template.description ?? '');
}

export function TemplatePicker({ g }: { g: number }) {
  const t = useEditorTexts();
  const apply = useApplyEdit();
  const describe = useTemplateLabel();
  const description = useTemplateDescription();
  const catalogue = useAppStore((s) => s.scenario?.catalogue);
  const language = useAppStore((s) => s.language);
  const templates = useMemo(() => availableTemplates({ catalogue }), [catalogue]);
  const [chosen, setChosen] = useState(0);
  const id = `ed-template-${g}`;
  if (templates.length === 0) return <p className="editor-status">{t.noTemplates}</p>;
  const choice = templates[Math.min(chosen, templates.length - 1)]!;
  return (
    <div className="editor-template">
      <label htmlFor={id}>{t.template}</label>
      <select id={id} value={Math.min(chosen, templates.length - 1)} onChange={(e) => setChosen(Number(e.target.value))}>
        {templates.map((c, k) => <option key={`${c.catalogue.id}/${c.id}`} value={k}>{describe(c)}</option>)}
      </select>
      <p className="editor-status">{description(choice)}</p>
      <button type="button" onClick={() => apply(applyTemplate, g, localizeTemplate(choice.id, choice.template, language), choice.catalogue)}>{t.addTemplate}</button>
    </div>
  );
}
