/**
 * Optimismekorrektion (docs/follow-up-and-guardrails.md): each cost item, outcome and value line may
 * carry a confidence grade; with the setting on, every monthly flow of a line is corrected by the
 * grades behind it — a gain (positive flow) × Π(1 − reduction), a cost (negative flow) × Π(1 + uplift).
 * Applied to the booked lines, above the valuation, so every figure, explanation, tornado bar and
 * Monte Carlo draw of a scenario with the setting on includes it. An ungraded figure is not corrected.
 */
import type { Allocate } from '../calc/arena';
import type { Profile } from '../calc/profile';
import type { ConfidenceGrade, Model } from '../model/catalogue';
import type { OptimismFactor } from '../model/line-text';
import type { OptimismSummary } from '../model/result';

/** A grade a line depends on, with the field it was read from. */
export interface GradeRef {
  grade: number | undefined;
  path: string;
}

/** The correction a set of grades makes: gains × gain, costs × cost, and the factors for a line's formula. */
export interface Correction {
  gain: number;
  cost: number;
  note: OptimismFactor[];
}

export interface OptimismApplier {
  /**
   * The correction of the grades behind one or more lines (none when the setting is off or nothing
   * is graded); an unknown grade is reported here. Lines that share their grades share it.
   */
  correctionOf(grades: GradeRef[]): Correction;
  /** The profile of one line corrected (unchanged when there is nothing to correct); counts the line in the summary. */
  apply(profile: Profile, correction: Correction): Profile;
  summary(): OptimismSummary;
}

/** No correction: one shared value, as every line of a run without the setting has it. */
const NONE: Correction = { gain: 1, cost: 1, note: Object.freeze([]) as unknown as OptimismFactor[] };

export function createOptimism(
  model: Model, enabled: boolean, fail: (path: string, message: string) => void, alloc: Allocate,
): OptimismApplier {
  const table = new Map<number, ConfidenceGrade>((model.confidenceGrades ?? []).map((g) => [g.grade, g]));
  const used = new Map<number, number>();
  let ungraded = 0;
  if (enabled && table.size === 0) fail('settings.optimismCorrection', 'the catalogue defines no confidence grades (confidenceGrades), so there is nothing to correct by');
  return {
    correctionOf(grades) {
      if (!enabled) return NONE;
      let gain = 1, cost = 1;
      const parts: OptimismFactor[] = [];
      for (const { grade, path } of grades) {
        if (grade === undefined) continue;
        const found = table.get(grade);
        if (!found) {
          if (table.size > 0) fail(path, `unknown confidence grade ${grade} (known: ${[...table.keys()].join(', ')})`);
          continue;
        }
        gain *= 1 - found.gainReduction;
        cost *= 1 + found.costUplift;
        parts.push({ grade, gain: 1 - found.gainReduction, cost: 1 + found.costUplift });
      }
      return parts.length === 0 ? NONE : { gain, cost, note: parts };
    },
    apply(profile, correction) {
      if (!enabled) return profile;
      if (correction.note.length === 0) {
        ungraded += 1;
        return profile;
      }
      for (const { grade } of correction.note) used.set(grade, (used.get(grade) ?? 0) + 1);
      return correctProfile(profile, correction.gain, correction.cost, alloc);
    },
    summary() {
      return {
        enabled,
        grades: [...used.keys()].sort((a, b) => b - a).map((grade) => {
          const g = table.get(grade)!;
          return { grade, label: g.label, gainReduction: g.gainReduction, costUplift: g.costUplift, lines: used.get(grade)! };
        }),
        ungradedLines: enabled ? ungraded : 0,
      };
    },
  };
}

/** Positive months × gain, negative months × cost. */
export function correctProfile(profile: Profile, gain: number, cost: number, alloc: Allocate): Profile {
  const values = alloc(profile.values.length);
  for (let i = 0; i < values.length; i++) {
    const v = profile.values[i]!;
    values[i] = v * (v > 0 ? gain : cost);
  }
  return { from: profile.from, values };
}
