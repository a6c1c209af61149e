/**
 * A large synthetic scenario for benchmarks and stress tests: by default 20 target groups ×
 * 5 interventions × 10 yearly cohorts over a 40-year horizon on catalogue dk-minimal. Each
 * intervention has two cost items (a mentor cost with 50 % driftsrefusion to the stat, and a
 * one-off start-up cost) and two outcomes (a direct value to kommune, region and stat; and a
 * derived value kontanthjælp → ordinær beskæftigelse with lock-in and exponential decay).
 *
 * The figures are plausible but invented; only the shape matters. Amounts are expressions over
 * the scenario's parameters, as in real files, so expression evaluation is part of what is timed.
 * The result is a complete scenario file (envelope included): serialise it with JSON.stringify or
 * pass it to parseScenarioJson from src/io/load-scenario.ts.
 */
import type { Intervention, Scenario, TargetGroup } from '../src/engine';

export interface SyntheticOptions {
  targetGroups?: number;
  interventionsPerGroup?: number;
  /** One cohort per year, starting in month 0, 12, 24 … */
  cohortsPerGroup?: number;
  horizonYears?: number;
  /** The shipped dk-minimal catalogue's version; a mismatch only gives a loader warning. */
  catalogueVersion?: string;
}

export type SyntheticScenarioFile = Scenario & { kind: 'afkast.scenario'; schemaVersion: 1 };

/** The parameter the break-even benchmark solves for: the mentor cost per participant-year. */
export const SYNTHETIC_SOLVE_PARAMETER = 'mentor_pris';

export function buildSyntheticScenario(options: SyntheticOptions = {}): SyntheticScenarioFile {
  const {
    targetGroups = 20, interventionsPerGroup = 5, cohortsPerGroup = 10, horizonYears = 40, catalogueVersion = '0.1.0',
  } = options;
  return {
    kind: 'afkast.scenario',
    schemaVersion: 1,
    title: `Syntetisk portefølje: ${targetGroups} målgrupper × ${interventionsPerGroup} indsatser × ${cohortsPerGroup} årgange, ${horizonYears} år`,
    catalogue: { id: 'dk-minimal', version: catalogueVersion },
    settings: {
      horizonYears, firstYear: 2027, perspective: 'budget', discount: { preset: 'fm-2021' }, discountTiming: 'start',
    },
    parameters: {
      [SYNTHETIC_SOLVE_PARAMETER]: { value: 60_000, label: 'Mentor pr. deltager pr. år', unit: 'DKK/person/year', min: 0, max: 2_000_000 },
      opstart_pris: { value: 8_000, label: 'Opstart pr. deltager', unit: 'DKK/person' },
      effekt_job: { value: 0.12, label: 'Ekstra andel i job', unit: 'share', min: 0, max: 0.5 },
      doedvaegt: { value: 0.2, label: 'Andel i job uden indsats', unit: 'share' },
      henfald: { value: 0.1, label: 'Effektens henfald pr. år', unit: 'share' },
      fastholdelse: { value: -0.04, label: 'Fastholdelse under forløbet', unit: 'share' },
    },
    targetGroups: Array.from({ length: targetGroups }, (_, g) => targetGroup(g, interventionsPerGroup, cohortsPerGroup)),
  };
}

function targetGroup(g: number, interventions: number, cohorts: number): TargetGroup {
  return {
    id: `gruppe-${g + 1}`,
    label: `Målgruppe ${g + 1}`,
    // Different seniorities give each group its own refusion staircase to compute.
    startingSeniorityWeeks: (g * 7) % 60,
    cohorts: Array.from({ length: cohorts }, (_, c) => ({ label: `Årgang ${c + 1}`, count: 20 + ((g + c) % 7) * 5, startMonth: 12 * c })),
    interventions: Array.from({ length: interventions }, (_, i) => intervention(g, i)),
  };
}

function intervention(g: number, i: number): Intervention {
  const programmeMonths = 6 + 3 * i;
  return {
    id: `indsats-${i + 1}`,
    label: `Indsats ${i + 1} for målgruppe ${g + 1}`,
    costs: [
      {
        label: 'Mentor', amount: `${SYNTHETIC_SOLVE_PARAMETER} * ${(1 + 0.05 * i).toFixed(2)}`, basis: 'perParticipantPerYear',
        payer: { ledger: 'kommune', department: 'beskaeftigelse' }, category: 'intervention',
        startMonth: 0, durationMonths: programmeMonths,
        refund: { ledger: 'stat', department: 'overfoersler', share: 0.5, label: 'Driftsrefusion 50 %' },
      },
      {
        label: 'Opstart', amount: 'opstart_pris', basis: 'perParticipantOnce',
        payer: { ledger: 'kommune', department: 'social' }, category: 'intervention', startMonth: 0,
      },
    ],
    outcomes: [
      {
        label: 'Færre sociale udgifter', state: 'stabil',
        treated: `doedvaegt + effekt_job * ${(0.5 + 0.1 * i).toFixed(1)}`, counterfactual: 'doedvaegt',
        startMonth: programmeMonths, rampMonths: 6, durationMonths: 60,
        value: {
          type: 'direct',
          perPersonYear: [
            { ledger: 'kommune', department: 'social', category: 'social', amount: 40_000 + 1_000 * g },
            { ledger: 'region', department: 'psykiatri', category: 'health', amount: 8_000 },
            { ledger: 'stat', department: 'retsvaesen', category: 'crime', amount: 5_000 },
          ],
        },
      },
      {
        label: 'I job', state: 'job',
        treated: 'doedvaegt + effekt_job', counterfactual: 'doedvaegt',
        startMonth: programmeMonths, durationMonths: 120,
        decay: { type: 'exponential', ratePerYear: 'henfald' },
        lockIn: { share: 'fastholdelse', startMonth: 0, durationMonths: programmeMonths },
        value: { type: 'derived', from: 'kontanthjaelp_forsoerger', to: 'ordinaer_beskaeftigelse' },
      },
    ],
  };
}
