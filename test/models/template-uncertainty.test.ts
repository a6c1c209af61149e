/**
 * Every template parameter carries an uncertainty from its template's evidence grade
 * (docs/template-uncertainty.md): triangular around the value, ± the grade's relative spread, cut at
 * the parameter's min and max (0–1 for a share without them); a value of 0 or a switch gets a point.
 */
import { describe, expect, it } from 'vitest';
import { runMonteCarlo, runScenario } from '../../src/engine';
import { EVIDENCE_SPREAD } from '../../src/io/catalogue-schema';
import { shippedCatalogues } from '../../src/io/catalogues';
import { parseScenarioJson } from '../../src/io/load-scenario';

const dk = shippedCatalogues().find((c) => c.id === 'dk')!;
const templates = Object.entries(dk.interventionTemplates ?? {});

describe('template uncertainties', () => {
  it('cover every parameter of every template', () => {
    const missing = templates.flatMap(([id, t]) => Object.entries(t.parameters ?? {}).filter(([, p]) => !p.uncertainty).map(([name]) => `${id}.${name}`));
    expect(templates.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it('follow the evidence grade: triangular, mode at the value, ± the grade’s spread within the bounds', () => {
    const wrong: string[] = [];
    for (const [id, t] of templates) {
      const spread = EVIDENCE_SPREAD[t.evidence];
      for (const [name, p] of Object.entries(t.parameters ?? {})) {
        const u = p.uncertainty;
        if (u?.type !== 'triangular') { wrong.push(`${id}.${name}: not triangular`); continue; }
        if (typeof p.value !== 'number') {
          // An expression: its value computed once; the range keeps the grade's width around it.
          if (!(u.min <= u.mode && u.mode <= u.max)) wrong.push(`${id}.${name}: min ≤ mode ≤ max`);
          continue;
        }
        const v = p.value;
        if (v === 0 || p.unit === 'flag') {
          if (u.min !== v || u.max !== v || u.mode !== v) wrong.push(`${id}.${name}: a point expected`);
          continue;
        }
        const floor = p.min ?? (p.unit === 'share' ? 0 : -Infinity);
        const ceiling = p.max ?? (p.unit === 'share' ? 1 : Infinity);
        const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
        if (u.mode !== v) wrong.push(`${id}.${name}: mode ${u.mode} ≠ value ${v}`);
        if (!close(u.min, Math.max(floor, v - Math.abs(v) * spread))) wrong.push(`${id}.${name}: min ${u.min}`);
        if (!close(u.max, Math.min(ceiling, v + Math.abs(v) * spread))) wrong.push(`${id}.${name}: max ${u.max}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('make a case built from the IPS template simulate out of the box', () => {
    const t = dk.interventionTemplates!.ips!;
    const loaded = parseScenarioJson({
      kind: 'afkast.scenario', schemaVersion: 1, title: 'ips', catalogue: { id: 'dk', version: dk.version },
      settings: { horizonYears: 10 }, parameters: t.parameters,
      targetGroups: [{ id: 'g', label: 'g', startingSeniorityWeeks: 60, cohorts: [{ count: 10, startMonth: 0 }], interventions: [t.intervention] }],
    });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect(runScenario(loaded.value.scenario, loaded.value.model).ok).toBe(true);
    const mc = runMonteCarlo(loaded.value.scenario, loaded.value.model, { draws: 50, seed: 1 });
    if (!mc.ok) throw new Error(JSON.stringify(mc.errors));
    expect(mc.value.failed).toBe(0);
    expect(mc.value.parameters.length).toBe(Object.keys(t.parameters ?? {}).length);
  });
});
