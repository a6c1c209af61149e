/** Writes the JSON Schema of the scenario file for editors: public/schema/scenario.v1.schema.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { scenarioJsonSchemaText, SCENARIO_JSON_SCHEMA_PATH } from './json-schema';

mkdirSync(new URL('../public/schema/', import.meta.url), { recursive: true });
writeFileSync(new URL(`../${SCENARIO_JSON_SCHEMA_PATH}`, import.meta.url), scenarioJsonSchemaText());
console.log(`wrote ${SCENARIO_JSON_SCHEMA_PATH}`);
