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

export interface OptimismApplier {
  /** The profile corrected by the grades (unchanged when the setting is off or nothing is graded), and the factors for its formula. */
  apply(profile: Profile, grades: GradeRef[]): { profile: Profile; note: OptimismFactor[] };
  summary(): OptimismSummary;
}

export function createOptimism(
  model: Model, enabled: boolean, fail: (path: string, message: string) => void, alloc: Allocate,
): OptimismApplier {
  const table = new Map<number, ConfidenceGrade>((model.confidenceGrades ?? []).map((g) => [g.grade, g]));
  const used = new Map<number, number>();
  let ungraded = 0;
  if (enabled && table.size === 0) fail('settings.optimismCorrection', 'the catalogue defines no confidence grades (confidenceGrades), so there is nothing to correct by');
  return {
    apply(profile, grades) {
      if (!enabled) return { profile, note: [] };
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
        used.set(grade, (used.get(grade) ?? 0) + 1);
        parts.push({ grade, gain: 1 - found.gainReduction, cost: 1 + found.costUplift });
      }
      if (parts.length === 0) {
        ungraded += 1;
        return { profile, note: [] };
      }
      return { profile: correctProfile(profile, gain, cost, alloc), note: parts };
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
