/**
 * Checks the schema cannot express: ids that must be unique within their list (a second ledger
 * with the same id would silently replace the first), and variant changes whose paths could not be
 * applied. Whether a change's field exists is checked when the variant is applied (variants.ts),
 * since an edit of the baseline may remove it; the file stays readable then.
 */
import type { EngineError } from '../engine';
import type { ScenarioFile } from './scenario-schema';
import { fieldPathProblem } from './variants';

export function checkScenarioFile(file: ScenarioFile): EngineError[] {
  const errors: EngineError[] = [];
  const unique = (items: readonly { id: string }[] | undefined, path: string) => {
    const seen = new Map<string, number>();
    items?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else errors.push({ path: `${path}[${i}].id`, message: `the id '${item.id}' is used already by ${path}[${first}]` });
    });
  };
  unique(file.targetGroups, 'targetGroups');
  file.targetGroups.forEach((group, g) => unique(group.interventions, `targetGroups[${g}].interventions`));
  const model = file.model;
  unique(model?.ledgers, 'model.ledgers');
  model?.ledgers?.forEach((ledger, l) => unique(ledger.departments, `model.ledgers[${l}].departments`));
  unique(model?.categories, 'model.categories');
  unique(model?.perspectives, 'model.perspectives');
  unique(model?.discountPresets, 'model.discountPresets');
  unique(file.variants, 'variants');
  file.variants?.forEach((variant, v) => variant.changes.forEach((change, c) => {
    const problem = fieldPathProblem(change.path);
    if (problem) errors.push({ path: `variants[${v}].changes[${c}].path`, message: problem });
  }));
  return errors;
}
