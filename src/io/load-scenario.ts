/**
 * Reading a scenario file: JSON → migration → schema → model → engine check. Every problem comes
 * back as a field path and a message; nothing here throws on user input.
 */
import { assembleModel } from './catalogues';
import { checkJsonShape } from './json-guard';
import { migrateScenario } from './migrate';
import { checkScenarioFile } from './scenario-checks';
import { ScenarioFileSchema, type ScenarioFile } from './scenario-schema';
import { parseJsonText } from './scenario-text';
import { issuesToErrors } from './validation-errors';
import { runScenario, type EngineError, type Model, type Projection, type Result } from '../engine';

export interface LoadedScenario {
  scenario: ScenarioFile;
  model: Model;
  warnings: string[];
  /** The file's schema version before migration. */
  migratedFrom: number;
}

export { parseJsonText, serializeScenario } from './scenario-text';

export function parseScenarioText(text: string): Result<LoadedScenario, EngineError> {
  const json = parseJsonText(text);
  return json.ok ? parseScenarioJson(json.value) : json;
}

export function parseScenarioJson(json: unknown): Result<LoadedScenario, EngineError> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '(file)', message: 'expected a JSON object' }] };
  }
  const shape = checkJsonShape(json);
  if (shape.length > 0) return { ok: false, errors: shape };
  const migrated = migrateScenario(json as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, errors: migrated.errors };
  const parsed = ScenarioFileSchema.safeParse(migrated.file, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: issuesToErrors(parsed.error.issues) };
  const scenario = parsed.data;
  const inconsistent = checkScenarioFile(scenario);
  if (inconsistent.length > 0) return { ok: false, errors: inconsistent };
  const assembled = assembleModel(scenario.catalogue, scenario.model);
  if (!assembled.ok) return assembled;
  return { ok: true, value: { scenario, model: assembled.value.model, warnings: assembled.value.warnings, migratedFrom: migrated.from } };
}

/** Parses and projects: the file is valid only if the engine can compute it. */
export function loadAndRun(text: string): Result<LoadedScenario & { projection: Projection }, EngineError> {
  const loaded = parseScenarioText(text);
  if (!loaded.ok) return loaded;
  const run = runScenario(loaded.value.scenario, loaded.value.model);
  if (!run.ok) return run;
  return { ok: true, value: { ...loaded.value, projection: run.value } };
}
