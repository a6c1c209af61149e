/** The JSON Schemas of the scenario and portfolio files, generated from the zod schemas (one source of truth). */
import { z } from 'zod';
import { PortfolioFileSchema } from '../src/io/portfolio-schema';
import { ScenarioFileSchema } from '../src/io/scenario-schema';

export const SCENARIO_JSON_SCHEMA_PATH = 'public/schema/scenario.v1.schema.json';
export const PORTFOLIO_JSON_SCHEMA_PATH = 'public/schema/portfolio.v1.schema.json';

export function scenarioJsonSchemaText(): string {
  const schema = z.toJSONSchema(ScenarioFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'afkast.scenario.v1', title: 'Afkast scenario file, version 1' }, null, 2)}\n`;
}

/** Each case's `scenario` is a scenario file: the portfolio schema points there. */
export function portfolioJsonSchemaText(): string {
  const schema = z.toJSONSchema(PortfolioFileSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'afkast.portfolio.v1', title: 'Afkast portfolio file, version 1 (each case\'s scenario: afkast.scenario.v1)' }, null, 2)}\n`;
}
