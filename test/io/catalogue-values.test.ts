/**
 * The first load carries the catalogues' values only (src/io/catalogue-values.ts); the full files
 * arrive later (catalogue-metadata-loader.ts). The figures and guardrails must not depend on which
 * the model was assembled from, and whatever reads metadata must get the full catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleModel, shippedCatalogue, shippedCatalogueIds, shippedCatalogueValues } from '../../src/io/catalogues';
import { catalogueValues } from '../../src/io/catalogue-values';
import { SHIPPED_CATALOGUES } from '../../src/io/shipped-catalogues';
import { checkGuardrails, runScenario } from '../../src/engine';
import { parseScenarioText } from '../../src/io/load-scenario';

const dir = new URL('../../scenarios/', import.meta.url);
const scenarios = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => {
  const read = parseScenarioText(readFileSync(new URL(f, dir), 'utf8'));
  if (!read.ok) throw new Error(f);
  return { f, scenario: read.value.scenario };
});

describe('the catalogues\' values without their metadata', () => {
  it.each(scenarios)('$f: the same projection and guardrails with the values as with the full catalogue', ({ scenario }) => {
    const full = assembleModel(scenario.catalogue, scenario.model, shippedCatalogue);
    const values = assembleModel(scenario.catalogue, scenario.model, shippedCatalogueValues);
    if (!full.ok || !values.ok) throw new Error('model');
    const a = runScenario(scenario, full.value.model);
    const b = runScenario(scenario, values.value.model);
    expect(b).toStrictEqual(a);
    if (!a.ok || !b.ok) return;
    const templates = (lookup: typeof shippedCatalogue) => (scenario.catalogue ? lookup(scenario.catalogue.id)?.interventionTemplates : undefined);
    expect(checkGuardrails({ scenario, model: values.value.model, projection: b.value, templates: templates(shippedCatalogueValues) }))
      .toStrictEqual(checkGuardrails({ scenario, model: full.value.model, projection: a.value, templates: templates(shippedCatalogue) }));
  });

  it('has no source, note or description, keeps validity and the socioeconomic source year, and strips idempotently', () => {
    for (const id of shippedCatalogueIds()) {
      const values = shippedCatalogueValues(id)!;
      const text = JSON.stringify(values);
      expect(text).not.toMatch(/"(note|description|changelog|publisher|url)"/);
      if (shippedCatalogue(id)!.constants && Object.values(shippedCatalogue(id)!.constants!).some((c) => c.validFrom)) expect(text).toContain('"validFrom"');
    }
    for (const { json, parts } of SHIPPED_CATALOGUES) {
      for (const file of [json, ...Object.values(parts ?? {})]) expect(catalogueValues(catalogueValues(file))).toStrictEqual(catalogueValues(file));
    }
    expect(shippedCatalogueValues('core')!.socioeconomic!.source.year).toBe(shippedCatalogue('core')!.socioeconomic!.source.year);
  });

  it('gives the metadata readers the full catalogue: sources and notes present', () => {
    const dk = shippedCatalogue('dk')!;
    expect(dk.constants!.kommuneskat_sats!.source).toBeTruthy();
    expect(dk.constants!.kommuneskat_sats!.note).toBeTruthy();
    expect(Object.values(dk.interventionTemplates!).every((t) => t.source)).toBe(true);
    const model = assembleModel({ id: 'dk', version: dk.version }, undefined);
    expect(model.ok && model.value.model.constants.kommuneskat_sats!.source).toBeTruthy();
  });
});
