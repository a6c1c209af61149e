/**
 * The model catalogues shipped in models/, and how a scenario's model is assembled:
 * core, then the catalogue the scenario names, then the scenario's own overrides (by id).
 */
import core from '../../models/core.json';
import dkMinimal from '../../models/dk-minimal.json';
import { CatalogueFileSchema, type CatalogueFile } from './catalogue-schema';
import { issuesToErrors } from './validation-errors';
import type { CatalogueRef, EngineError, Model, ModelOverrides, Result } from '../engine';

const SHIPPED: unknown[] = [core, dkMinimal];

/** Parses catalogue files; a broken shipped catalogue is a build defect, so this throws. */
function parseShipped(files: unknown[]): CatalogueFile[] {
  return files.map((file) => {
    const parsed = CatalogueFileSchema.safeParse(file, { reportInput: true });
    if (!parsed.success) {
      const id = (file as { id?: string }).id ?? '?';
      throw new Error(`models/${id}.json: ${issuesToErrors(parsed.error.issues).map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    }
    return parsed.data;
  });
}

let shipped: CatalogueFile[] | null = null;
export function shippedCatalogues(): CatalogueFile[] {
  return (shipped ??= parseShipped(SHIPPED));
}

export const CORE_CATALOGUE_ID = 'core';

export interface AssembledModel {
  model: Model;
  warnings: string[];
}

/** The model a scenario computes with. */
export function assembleModel(
  ref: CatalogueRef | undefined, overrides: ModelOverrides | undefined, catalogues: CatalogueFile[] = shippedCatalogues(),
): Result<AssembledModel, EngineError> {
  const warnings: string[] = [];
  const base = catalogues.find((c) => c.id === CORE_CATALOGUE_ID);
  if (!base) return { ok: false, errors: [{ path: 'catalogue', message: 'the core catalogue is missing' }] };
  let model = merge(emptyModel(), base);
  if (ref && ref.id !== CORE_CATALOGUE_ID) {
    const found = catalogues.find((c) => c.id === ref.id);
    if (!found) {
      return { ok: false, errors: [{ path: 'catalogue.id', message: `unknown catalogue '${ref.id}' (known: ${catalogues.map((c) => c.id).join(', ')})` }] };
    }
    if (found.version !== ref.version) {
      warnings.push(`the scenario was made with catalogue ${ref.id} ${ref.version}; computed with ${found.version}`);
    }
    model = merge(model, found);
  }
  if (overrides) model = merge(model, overrides);
  return { ok: true, value: { model, warnings } };
}

function emptyModel(): Model {
  return { ledgers: [], categories: [], perspectives: [], discountPresets: [], constants: {}, states: {}, refusionRules: {}, taxRules: {} };
}

function merge(model: Model, add: ModelOverrides): Model {
  return {
    ledgers: mergeById(model.ledgers, add.ledgers),
    categories: mergeById(model.categories, add.categories),
    perspectives: mergeById(model.perspectives, add.perspectives),
    discountPresets: mergeById(model.discountPresets, add.discountPresets),
    constants: { ...model.constants, ...add.constants },
    states: { ...model.states, ...add.states },
    refusionRules: { ...model.refusionRules, ...add.refusionRules },
    taxRules: { ...model.taxRules, ...add.taxRules },
  };
}

function mergeById<T extends { id: string }>(base: T[], add: T[] | undefined): T[] {
  if (!add) return base;
  const out = base.filter((b) => !add.some((a) => a.id === b.id));
  return [...out, ...add];
}
