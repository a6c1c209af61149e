/**
 * Realised figures in the editor (docs/follow-up-and-guardrails.md): rows of participants per
 * cohort, costs paid per cost item and year, and observed outcome shares, each with date, source
 * and note. Every field is validated by the file format with its message under the field, and every
 * change is one undoable edit. The choice of what a row concerns lists the case's own items.
 */
import { addRealised, deleteRealised, type RealisedKind } from '../../../state/edits';
import { useAppStore, useAppStoreApi } from '../../../state';
import type { Scenario } from '../../../engine';
import { useTexts } from '../../i18n/use-texts';
import { downloadFollowUpTemplate } from '../follow-up/download-template';
import { Collapsible } from './collapsible';
import { Field, type FieldKind } from './field';
import { ItemActions } from './item-actions';
import { SelectField, type Choice } from './select-field';
import { followUpEditorTexts } from './follow-up-texts';
import { useApplyEdit } from './use-editor';

type T = (typeof followUpEditorTexts)['da'];

/** What a row of each kind can concern: the case's cohorts, cost items and outcomes, by path. */
function targets(scenario: Scenario | null, t: T): Record<RealisedKind, Choice[]> {
  const out: Record<RealisedKind, Choice[]> = { participants: [], costs: [], outcomes: [] };
  scenario?.targetGroups.forEach((group, g) => {
    group.cohorts.forEach((c, n) => out.participants.push({ value: `targetGroups[${g}].cohorts[${n}]`, label: `${group.label}: ${c.label ?? t.hold(n + 1)}` }));
    group.interventions.forEach((iv, i) => {
      iv.costs.forEach((c, n) => out.costs.push({ value: `targetGroups[${g}].interventions[${i}].costs[${n}]`, label: `${iv.label}: ${c.label}` }));
      iv.outcomes.forEach((o, n) => out.outcomes.push({ value: `targetGroups[${g}].interventions[${i}].outcomes[${n}]`, label: `${iv.label}: ${o.label}` }));
    });
  });
  return out;
}

const FIELDS: Record<RealisedKind, { target: keyof T; figures: [field: string, label: keyof T, kind: FieldKind][]; add: keyof T; row: keyof T }> = {
  participants: { target: 'cohort', figures: [['count', 'count', 'amount']], add: 'addParticipants', row: 'participantsRow' },
  costs: { target: 'costItem', figures: [['year', 'year', 'integer'], ['amount', 'amount', 'amount']], add: 'addCosts', row: 'costsRow' },
  outcomes: { target: 'outcome', figures: [['monthsAfterStart', 'months', 'integer'], ['share', 'share', 'percent']], add: 'addOutcomes', row: 'outcomesRow' },
};

function RealisedList({ kind, choices }: { kind: RealisedKind; choices: Choice[] }) {
  const t = useTexts(followUpEditorTexts);
  const apply = useApplyEdit();
  const count = useAppStore((s) => s.scenario?.followUp?.[kind]?.length ?? 0);
  const spec = FIELDS[kind];
  const rowName = (n: number) => (t[spec.row] as (n: number) => string)(n);
  if (choices.length === 0 && count === 0) return null;
  return (
    <fieldset className="editor-fieldset">
      <legend>{t[kind]}</legend>
      <ol className="editor-list">
        {Array.from({ length: count }, (_, n) => {
          const at = ['followUp', kind, n] as const;
          return (
            <li key={n} className="editor-row">
              <SelectField label={`${t[spec.target] as string} (${rowName(n + 1)})`} path={[...at, 'path']} choices={choices} />
              {spec.figures.map(([field, label, fieldKind]) => <Field key={field} label={t[label] as string} path={[...at, field]} kind={fieldKind} />)}
              <Field label={t.date} path={[...at, 'date']} optional />
              <Field label={t.source} path={[...at, 'source']} optional />
              <Field label={t.note} path={[...at, 'note']} optional wide />
              <ItemActions name={rowName(n + 1)} index={n} count={count} onDelete={() => apply(deleteRealised, kind, n)} />
            </li>
          );
        })}
      </ol>
      {choices.length > 0 && (
        <button type="button" className="editor-add" onClick={() => apply(addRealised, kind, choices[0]!.value)}>{t[spec.add] as string}</button>
      )}
    </fieldset>
  );
}

export function FollowUpSection() {
  const t = useTexts(followUpEditorTexts);
  const rows = useAppStore((s) => (s.scenario?.followUp?.participants?.length ?? 0) + (s.scenario?.followUp?.costs?.length ?? 0) + (s.scenario?.followUp?.outcomes?.length ?? 0));
  return (
    <Collapsible className="editor-section" errorPrefix="followUp" summary={<h3>{t.heading} ({rows})</h3>}>
      <FollowUpBody rows={rows} />
    </Collapsible>
  );
}

/** Rendered only while the section is open, so a closed section costs nothing on each edit of a large case. */
function FollowUpBody({ rows }: { rows: number }) {
  const t = useTexts(followUpEditorTexts);
  const store = useAppStoreApi();
  // Only the labels and paths matter: compared as text, so an edit of a figure does not re-render the lists.
  const choices = useAppStore((s) => JSON.stringify(targets(s.scenario, t)));
  const parsed = JSON.parse(choices) as Record<RealisedKind, Choice[]>;
  const none = parsed.participants.length + parsed.costs.length + parsed.outcomes.length === 0;
  return (
    <>
      <p className="editor-hint">{t.intro}</p>
      <button type="button" onClick={() => { const s = store.getState().scenario; if (s) downloadFollowUpTemplate(s); }}>{t.template}</button>
      {none && rows === 0 ? <p>{t.nothingToFollow}</p> : (['participants', 'costs', 'outcomes'] as const).map((kind) => (
        <RealisedList key={kind} kind={kind} choices={parsed[kind]} />
      ))}
    </>
  );
}
