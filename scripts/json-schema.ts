/** The scenario file's JSON Schema, generated from the zod schema (one source of truth). */
import { z } from 'zod';
import { ScenarioFileSchema } from '../src/io/scenario-schema';

export const SCENARIO_JSON_SCHEMA_PATH = 'public/schema/scenario.v1.schema.json';

export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'afkast.scenario.v1', title: 'Afkast scenario file, version 1' }, null, 2)}\n`;
}
