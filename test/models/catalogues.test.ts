/**
 * Policing the model catalogues (after Tax-Calculator's test_parameters): every file matches the
 * schema, every number carries its unit, price year, source and note, every reference resolves,
 * every constant is used, and every example scenario validates and runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileExpression, runScenario } from '../../src/engine';
import { assembleModel, shippedCatalogues } from '../../src/io/catalogues';
import { parseCatalogue } from '../../src/io/catalogue-check';
import { catalogueMetadataProblems } from '../../src/io/catalogue-metadata';
import { SHIPPED_CATALOGUES } from '../../src/io/shipped-catalogues';
import { parseScenarioText } from '../../src/io/load-scenario';

const MONEY_UNITS = /^DKK/;
const catalogues = shippedCatalogues();
const scenarioFiles = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.json'));
// Catalogue texts (texts.en.json …) are translations, registered in src/io/catalogue-texts.ts and checked in test/i18n.
const modelFiles = (readdirSync(new URL('../../models/', import.meta.url), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.json') && !/texts\.(da|en)\.json$/.test(f));
const shippedFiles = SHIPPED_CATALOGUES.flatMap(({ file, parts }) => {
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [file, ...Object.keys(parts ?? {}).map((name) => `${folder}${name}`)];
});

describe('model catalogues', () => {
  it('are all shipped (every file under models/ is registered in src/io/shipped-catalogues.ts) and match the schema', () => {
    expect(shippedFiles.sort()).toEqual(modelFiles.sort());
    expect(catalogues.length).toBe(SHIPPED_CATALOGUES.length);
    // The app merges them without the schema; read with it, they are the same (parseCatalogue throws on a mismatch).
    expect(SHIPPED_CATALOGUES.map(parseCatalogue)).toStrictEqual(catalogues);
  });

  for (const catalogue of catalogues) {
    describe(catalogue.id, () => {
      const constants = Object.entries(catalogue.constants ?? {});

      it('gives every number a unit, a source with a title, and a note; money also a price year', () => {
        const missing = constants.flatMap(([id, c]) => [
          ...(c.source.title.trim() ? [] : [`${id}: source.title`]),
          ...(c.note.trim() ? [] : [`${id}: note`]),
          ...(MONEY_UNITS.test(c.unit) && c.priceYear === undefined ? [`${id}: priceYear`] : []),
        ]);
        expect(missing).toEqual([]);
      });

      it('gives every sourced figure and rule a url or locator and a validFrom, and every constant a value in its range', () => {
        expect(catalogueMetadataProblems(catalogue)).toEqual([]);
      });

      it('marks every example figure as one, in its flag and its note', () => {
        const unmarked = constants.filter(([, c]) => Boolean(c.example) !== /EXAMPLE/.test(c.note));
        expect(unmarked.map(([id]) => id)).toEqual([]);
      });

      it('resolves every reference: ledgers, departments, categories, refusion rules and names in expressions', () => {
        const assembled = assembleModel({ id: catalogue.id, version: catalogue.version }, undefined);
        expect(assembled.ok).toBe(true);
        if (!assembled.ok) return;
        const model = assembled.value.model;
        const ledger = (id: string, dept?: string) => {
          const l = model.ledgers.find((x) => x.id === id);
          return l !== undefined && (dept === undefined || Boolean(l.departments?.some((d) => d.id === dept)));
        };
        const category = (id: string) => model.categories.some((c) => c.id === id);
        const names = (amount: number | string) => {
          if (typeof amount === 'number') return true;
          const compiled = compileExpression(amount);
          return compiled.ok && compiled.value.names.every((n) => n in model.constants);
        };
        const broken: string[] = [];
        for (const [id, state] of Object.entries(catalogue.states ?? {})) {
          state.components.forEach((c, i) => {
            const at = `states.${id}.components[${i}]`;
            if (!names(c.monthly)) broken.push(`${at}.monthly`);
            if (c.type === 'benefit') {
              if (!ledger(c.payer, c.department)) broken.push(`${at}.payer`);
              if (!category(c.category)) broken.push(`${at}.category`);
              if (c.refusion && !model.refusionRules[c.refusion]) broken.push(`${at}.refusion`);
              if (c.refusion && (!c.refundLedger || !ledger(c.refundLedger, c.refundDepartment))) broken.push(`${at}.refundLedger`);
            }
            if (c.type === 'service' && (!ledger(c.ledger, c.department) || !category(c.category))) broken.push(at);
          });
        }
        for (const [id, tax] of Object.entries(catalogue.taxRules ?? {})) {
          if (!ledger(tax.ledger, tax.department) || !category(tax.category) || !names(tax.rate)) broken.push(`taxRules.${id}`);
        }
        for (const p of catalogue.perspectives ?? []) for (const c of p.categories) if (!category(c)) broken.push(`perspectives.${p.id}: ${c}`);
        expect(broken).toEqual([]);
      });

      it('has staircase steps in increasing week order starting at week 1', () => {
        for (const rule of Object.values(catalogue.refusionRules ?? {})) {
          if (rule.type !== 'staircase') continue;
          expect(rule.steps[0]!.fromWeek).toBe(1);
          rule.steps.slice(1).forEach((s, i) => expect(s.fromWeek).toBeGreaterThan(rule.steps[i]!.fromWeek));
        }
      });
    });
  }

  it('names the entry and field of every metadata problem in a deliberately broken copy', () => {
    const dk = structuredClone(catalogues.find((c) => c.id === 'dk')!);
    const constants = dk.constants!;
    const rate = constants['kontanthjaelp_30_forsoerger_maaned']!;
    delete rate.validFrom;
    delete rate.source.locator;
    constants['driftsrefusion_eg2015_mentor_andel']!.value = 1.5; // a share above 1
    constants['integration_grundtilskud_maaned']!.value = -1; // money below 0
    constants['dyre_enkeltsager_andel_1']!.range = { max: 0.2 }; // 0.25 outside a stated range
    constants['aktiv_indsats_jobparat_aar']!.validTo = '2014-12-31'; // ends before it starts (2015-01-01)
    const example = constants['su_maaned']!; // an example figure needs neither locator nor validity
    expect(example.example).toBe(true);
    delete example.validFrom;
    const rule = dk.refusionRules!['refusion_2016']!;
    delete rule.validFrom;
    rule.source = { title: rule.source!.title };
    const template = dk.interventionTemplates!['loentilskud-privat']!;
    template.parameters!['forloeb_maaneder']!.value = 30; // above its max 24
    delete template.validFrom;
    delete dk.publicFinance!.budgetGuarantee.validFrom;
    expect(catalogueMetadataProblems(dk).sort()).toEqual([
      'constants.kontanthjaelp_30_forsoerger_maaned: source.url or source.locator',
      'constants.kontanthjaelp_30_forsoerger_maaned: validFrom',
      'constants.driftsrefusion_eg2015_mentor_andel: value 1.5 above 1',
      'constants.integration_grundtilskud_maaned: value -1 below 0',
      'constants.dyre_enkeltsager_andel_1: value 0.25 above 0.2',
      'constants.aktiv_indsats_jobparat_aar: validTo before validFrom',
      'refusionRules.refusion_2016: source.url or source.locator',
      'refusionRules.refusion_2016: validFrom',
      'interventionTemplates.loentilskud-privat: validFrom',
      'publicFinance.budgetGuarantee: validFrom',
      'interventionTemplates.loentilskud-privat.parameters.forloeb_maaneder: value 30 above 24',
    ].sort());
  });

  it('uses every constant in a state, a tax rule, an intervention template or an example scenario', () => {
    const used = new Set<string>();
    const collect = (amount: unknown) => {
      if (typeof amount !== 'string') return;
      const compiled = compileExpression(amount);
      if (compiled.ok) compiled.value.names.forEach((n) => used.add(n));
    };
    // Every string in a template or scenario that reads as an expression contributes its names.
    const walk = (value: unknown): void => {
      if (typeof value === 'string') collect(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    for (const c of catalogues) {
      Object.values(c.states ?? {}).forEach((s) => s.components.forEach((x) => collect(x.monthly)));
      Object.values(c.taxRules ?? {}).forEach((t) => [t.rate, t.wageDeduction?.share, t.wageDeduction?.maxPerYear].forEach(collect));
      collect(c.publicFinance?.equalisation.rate);
      collect(c.socioeconomic?.netTaxFactor);
      collect(c.socioeconomic?.distortionFactor);
      walk(c.interventionTemplates ?? {});
    }
    for (const file of scenarioFiles) {
      const text = readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8');
      walk(JSON.parse(text));
    }
    const unused = catalogues.flatMap((c) => Object.keys(c.constants ?? {})).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });
});

describe('example scenarios', () => {
  for (const file of scenarioFiles) {
    it(`${file} validates, names its catalogue correctly and runs`, () => {
      const loaded = parseScenarioText(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8'));
      expect(loaded.ok ? [] : loaded.errors).toEqual([]);
      if (!loaded.ok) return;
      expect(loaded.value.warnings).toEqual([]);
      const run = runScenario(loaded.value.scenario, loaded.value.model);
      expect(run.ok ? [] : run.errors).toEqual([]);
    });
  }
});
