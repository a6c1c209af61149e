/** Writes the JSON Schemas for editors: public/schema/scenario.v1.schema.json and portfolio.v1.schema.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { portfolioJsonSchemaText, PORTFOLIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText, SCENARIO_JSON_SCHEMA_PATH } from './json-schema';

mkdirSync(new URL('../public/schema/', import.meta.url), { recursive: true });
for (const [path, text] of [[SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText()], [PORTFOLIO_JSON_SCHEMA_PATH, portfolioJsonSchemaText()]] as const) {
  writeFileSync(new URL(`../${path}`, import.meta.url), text);
  console.log(`wrote ${path}`);
}
