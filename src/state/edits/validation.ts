/**
 * The editor's problems, with the same messages as the file format: the schema's (as when a file is
 * opened) and then the engine's (selectRun). Memoised on the scenario object, like the run itself.
 */
import { weakMapMemoize } from 'reselect';
import { ScenarioFileSchema, type ScenarioFile } from '../../io/scenario-schema';
import { issuesToErrors } from '../../io/validation-errors';
import type { EngineError } from '../../engine';
import { selectRun, type RunResult } from '../selectors/view';
import type { AppState } from '../app-store';

const NONE: EngineError[] = [];

/**
 * What the file format says about a scenario (empty when it would load). Memoised on the object:
 * a commit checks the edited scenario once, and the same object is then the store's scenario.
 */
export const schemaErrors = weakMapMemoize((scenario: unknown): EngineError[] => {
  const parsed = ScenarioFileSchema.safeParse(scenario, { reportInput: true });
  return parsed.success ? NONE : issuesToErrors(parsed.error.issues);
});

/** Every problem of the open scenario: the schema's, then the engine's (deduplicated). */
export function selectEditorErrors(state: Pick<AppState, 'scenario'>): EngineError[] {
  const { scenario } = state;
  if (!scenario) return NONE;
  return editorErrorsOf(scenario, selectRun(state));
}

const editorErrorsOf = weakMapMemoize((scenario: object, run: RunResult | null): EngineError[] => {
  const all = [...schemaErrors(scenario), ...(run && !run.ok ? run.errors : [])];
  const seen = new Set<string>();
  return all.length === 0 ? NONE : all.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
});


/**
 * Whether an edit may be committed: the edited scenario must still be a valid file. Returns the
 * schema's new problems (the field keeps the typed text and shows them); engine problems, such as an
 * unknown name in an expression, do not stop a commit: they are shown where they arise.
 */
export function problemsOfEdit(before: ScenarioFile, after: ScenarioFile): EngineError[] {
  if (after === before) return NONE;
  const known = new Set(schemaErrors(before).map((e) => `${e.path}\u0000${e.message}`));
  return schemaErrors(after).filter((e) => !known.has(`${e.path}\u0000${e.message}`));
}
