/**
 * The editor beside the results: every field of the scenario, in collapsible sections. Each
 * committed change is one named edit (undoable) and the results follow at once (selectRun).
 * Problems are listed at the top and shown next to the field whose path they name.
 */
import { lazy, Suspense, useState } from 'react';
import { useAppStore } from '../../../state';
import { ErrorSummary } from './error-summary';
import { NewCaseForm } from './new-case-form';
import { ParametersSection } from './parameters-section';
import { SettingsSection } from './settings-section';
import { TargetGroupsSection } from './target-groups-section';
import { FollowUpSection } from './follow-up-section';
import { useEditorTexts } from './use-editor';
import './editor.css';

// Presentation mode's levers: loaded after the first paint, so the first page's JavaScript does not grow.
const LeverEditor = lazy(() => import('../presentation/lever-editor').then((m) => ({ default: m.LeverEditor })));

export function EditorPanel() {
  const t = useEditorTexts();
  const hasScenario = useAppStore((s) => s.scenario !== null);
  const [open, setOpen] = useState(true);
  return (
    <aside className={`editor-panel${open ? '' : ' is-collapsed'}`} aria-labelledby="editor-heading">
      <div className="editor-panel__head">
        <h2 id="editor-heading" className={open ? undefined : 'sr-only'}>{t.heading}</h2>
        <button type="button" aria-expanded={open} aria-controls="editor-body" onClick={() => setOpen(!open)}>
          {open ? t.hide : t.show}
        </button>
      </div>
      <div id="editor-body" hidden={!open}>
        {hasScenario && (
          <>
            <ErrorSummary />
            <p className="editor-hint">{t.numberHint} {t.percentHint}</p>
            <SettingsSection />
            <ParametersSection />
            <TargetGroupsSection />
            <FollowUpSection />
            <Suspense fallback={null}><LeverEditor /></Suspense>
          </>
        )}
        <NewCaseForm />
      </div>
    </aside>
  );
}
