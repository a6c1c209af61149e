/**
 * Old scenario files are migrated, never refused. Each step lifts a file by one version;
 * `migrateScenario` runs the steps from the file's version up to the current one.
 *
 * Version 0 is the flat sketch of the domain brief (docs/reference-case-ips.md §6): no envelope, one
 * implicit target group, `cohorts`, `costs` and `outcomes` at the top, `discount` as a preset name
 * and `valuePerPersonYear` as a map from ledger to amount.
 */
import { z } from 'zod';
import { SCENARIO_KIND, SCENARIO_SCHEMA_VERSION } from './scenario-schema';
import { issuesToErrors } from './validation-errors';
import type { EngineError } from '../engine';

type Json = Record<string, unknown>;

const STEPS: Record<number, (file: Json) => Json> = {
  0: fromSketch,
};

export function detectVersion(file: Json): number | null {
  if (file.kind === SCENARIO_KIND) return typeof file.schemaVersion === 'number' ? file.schemaVersion : null;
  if (file.kind === undefined && ('horizonYears' in file || 'outcomes' in file || 'costs' in file)) return 0;
  return null;
}

export type MigrationOutcome = { ok: true; file: Json; from: number } | { ok: false; errors: EngineError[] };

/**
 * The shape a version-0 sketch must have for its migration to keep every entry: lists where the
 * step maps lists, objects where it spreads objects. The migrated file is then checked in full.
 */
const SketchSchema = z.looseObject({
  title: z.string().optional(),
  discount: z.union([z.string(), z.looseObject({})]).optional(),
  parameters: z.looseObject({}).optional(),
  cohorts: z.array(z.unknown()).optional(),
  costs: z.array(z.looseObject({ payer: z.union([z.string(), z.looseObject({})]).optional() })).optional(),
  outcomes: z.array(z.looseObject({ valuePerPersonYear: z.looseObject({}).optional() })).optional(),
});

export function migrateScenario(file: Json): MigrationOutcome {
  const from = detectVersion(file);
  const refuse = (path: string, message: string): MigrationOutcome => ({ ok: false, errors: [{ path, message }] });
  if (from === null) {
    return refuse('(file)', `not an Afkast scenario: expected "kind": "${SCENARIO_KIND}" and a schemaVersion`);
  }
  if (!Number.isInteger(from) || from < 0) {
    return refuse('schemaVersion', `expected a whole version number from 0 to ${SCENARIO_SCHEMA_VERSION}, got ${from}`);
  }
  if (from > SCENARIO_SCHEMA_VERSION) {
    return refuse('(file)', `schemaVersion ${from} is newer than this version of Afkast reads (${SCENARIO_SCHEMA_VERSION}); update Afkast`);
  }
  if (from === 0) {
    const sketch = SketchSchema.safeParse(file, { reportInput: true });
    if (!sketch.success) return { ok: false, errors: issuesToErrors(sketch.error.issues) };
  }
  let current = file;
  for (let v = from; v < SCENARIO_SCHEMA_VERSION; v++) current = STEPS[v]!(current);
  return { ok: true, file: current, from };
}

function fromSketch(sketch: Json): Json {
  const { title, horizonYears, discount, perspective, cohorts, costs, outcomes, parameters, ...rest } = sketch;
  const asList = (v: unknown) => (Array.isArray(v) ? (v as Json[]) : []);
  return {
    kind: SCENARIO_KIND,
    schemaVersion: 1,
    title: title ?? 'Uden titel',
    ...rest,
    settings: {
      horizonYears,
      perspective: perspective ?? 'budget',
      discount: typeof discount === 'string' ? { preset: discount } : discount ?? { preset: 'none' },
      discountTiming: 'start',
    },
    parameters: parameters ?? {},
    targetGroups: [{
      id: 'deltagere',
      label: 'Deltagere',
      cohorts: cohorts ?? [],
      interventions: [{
        id: 'indsats',
        label: 'Indsats',
        costs: asList(costs).map(({ payer, ...c }, i) => ({
          label: `Udgift ${i + 1}`, category: 'intervention', ...c,
          payer: typeof payer === 'string' ? { ledger: payer } : payer,
        })),
        outcomes: asList(outcomes).map(({ valuePerPersonYear, ...o }) => ({
          label: typeof o.state === 'string' ? o.state : 'Effekt', ...o,
          value: valuePerPersonYear && typeof valuePerPersonYear === 'object'
            ? {
              type: 'direct',
              perPersonYear: Object.entries(valuePerPersonYear as Json).map(([ledger, amount]) => ({ ledger, category: 'unspecified', amount })),
            }
            : o.value,
        })),
      }],
    }],
  };
}
