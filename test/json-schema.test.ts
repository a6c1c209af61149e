/** The committed JSON Schema for editors must match the zod schema it is generated from. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { portfolioJsonSchemaText, PORTFOLIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText, SCENARIO_JSON_SCHEMA_PATH } from '../scripts/json-schema';

describe('the scenario JSON Schema', () => {
  it('is current: regenerate it with `npm run schema` after changing src/io/scenario-schema.ts', () => {
    const committed = readFileSync(new URL(`../${SCENARIO_JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('describes amounts as a number or an expression', () => {
    const schema = JSON.parse(scenarioJsonSchemaText()) as object;
    const text = JSON.stringify(schema);
    expect(text).toContain('perParticipantPerYear');
    expect(text).toContain('mathjs expression');
  });
});

describe('the portfolio JSON Schema', () => {
  it('is current: regenerate it with `npm run schema` after changing src/io/portfolio-schema.ts', () => {
    const committed = readFileSync(new URL(`../${PORTFOLIO_JSON_SCHEMA_PATH}`, import.meta.url), 'utf8');
    expect(committed).toBe(portfolioJsonSchemaText());
  });
});
