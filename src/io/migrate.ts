/**
 * Old scenario files are migrated, never refused. Each step lifts a file by one version;
 * `migrateScenario` runs the steps from the file's version up to the current one.
 *
 * Version 0 is the flat sketch of the domain brief (reference-case-ips.md §6): no envelope, one
 * implicit target group, `cohorts`, `costs` and `outcomes` at the top, `discount` as a preset name
 * and `valuePerPersonYear` as a map from ledger to amount.
 */
import { SCENARIO_KIND, SCENARIO_SCHEMA_VERSION } from './scenario-schema';

type Json = Record<string, unknown>;

const STEPS: Record<number, (file: Json) => Json> = {
  0: fromSketch,
};

export function detectVersion(file: Json): number | null {
  if (file.kind === SCENARIO_KIND) return typeof file.schemaVersion === 'number' ? file.schemaVersion : null;
  if (file.kind === undefined && ('horizonYears' in file || 'outcomes' in file || 'costs' in file)) return 0;
  return null;
}

export type MigrationOutcome = { ok: true; file: Json; from: number } | { ok: false; message: string };

export function migrateScenario(file: Json): MigrationOutcome {
  const from = detectVersion(file);
  if (from === null) {
    return { ok: false, message: `not an Afkast scenario: expected "kind": "${SCENARIO_KIND}" and a schemaVersion` };
  }
  if (from > SCENARIO_SCHEMA_VERSION) {
    return { ok: false, message: `schemaVersion ${from} is newer than this version of Afkast reads (${SCENARIO_SCHEMA_VERSION}); update Afkast` };
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
          label: String(o.state ?? 'Effekt'), ...o,
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
