/**
 * The model catalogues shipped in models/, and how a scenario's model is assembled:
 * core, then the catalogue the scenario names, then the scenario's own overrides (by id).
 *
 * The shipped catalogues are build data: they are merged here WITHOUT the catalogue schema, so the
 * schema (and zod) stay out of the page's first load. test/io/shipped-catalogues-trusted.test.ts
 * proves that the schema accepts every shipped file and returns it unchanged (parseCatalogue in
 * catalogue-check.ts gives a deep-equal catalogue), so merging them unchecked computes the same.
 *
 * The page starts with the catalogues' values only (shipped-catalogue-values.ts); their sources and
 * notes arrive later (catalogue-metadata-loader.ts). A model is assembled from the full catalogue
 * once it has arrived, else from the values (modelCatalogue): the figures are the same
 * (test/io/catalogue-values.test.ts). Whatever shows or copies metadata awaits
 * loadCatalogueMetadata() and reads shippedCatalogue(), which refuses before that.
 */
import type { ShippedCatalogue } from './shipped-catalogues';
import { SHIPPED_CATALOGUE_VALUES } from './shipped-catalogue-values';
import { catalogueMetadataIfLoaded } from './catalogue-metadata-loader';
import type { CatalogueFile, CataloguePart } from './catalogue-schema';
import type { CatalogueRef, EngineError, Model, ModelOverrides, Result } from '../engine';

/** Reads one file of a shipped catalogue: `where` is its path under models/. */
export type CatalogueFileCheck = {
  file: (value: unknown, where: string) => CatalogueFile;
  part: (value: unknown, where: string) => CataloguePart;
};

/** Build data taken as it is (the trusted-catalogue test proves the schema would return it unchanged). */
const AS_BUILT: CatalogueFileCheck = {
  file: (value) => value as CatalogueFile,
  part: (value) => value as CataloguePart,
};

/**
 * Merges a shipped catalogue's parts into it, each file read by `check` (as built by default; the
 * schema in catalogue-check.ts). A part listed but not shipped, or of another catalogue, is a build
 * defect, so this throws.
 */
export function mergeCatalogue({ file, json, parts = {} }: ShippedCatalogue, check: CatalogueFileCheck = AS_BUILT): CatalogueFile {
  const catalogue = check.file(json, file);
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const listed = catalogue.parts ?? [];
  const missing = listed.filter((name) => !(name in parts));
  const unlisted = Object.keys(parts).filter((name) => !listed.includes(name));
  if (missing.length || unlisted.length) {
    throw new Error(`models/${file}: parts listed but not shipped: ${missing.join(', ') || 'none'}; shipped but not listed: ${unlisted.join(', ') || 'none'}`);
  }
  return listed.reduce<CatalogueFile>((merged, name) => {
    const part = check.part(parts[name], `${folder}${name}`);
    if (part.catalogue !== catalogue.id) throw new Error(`models/${folder}${name}: belongs to '${part.catalogue}', not '${catalogue.id}'`);
    return {
      ...merged, ...merge(withDefaults(merged), part),
      targetGroups: { ...merged.targetGroups, ...part.targetGroups },
      interventionTemplates: { ...merged.interventionTemplates, ...part.interventionTemplates },
    } as CatalogueFile;
  }, catalogue);
}

const merged = { values: new Map<string, CatalogueFile>(), full: new Map<string, CatalogueFile>() };
const idOf = (c: ShippedCatalogue) => (c.json as { id?: unknown }).id;

/** One catalogue of `list` by id, its parts merged on first use (only the catalogues a scenario names, so one broken file cannot stop every scenario). */
function mergedFrom(list: ShippedCatalogue[], cache: Map<string, CatalogueFile>, id: string): CatalogueFile | null {
  const hit = cache.get(id);
  if (hit) return hit;
  const shipped = list.find((c) => idOf(c) === id);
  if (!shipped) return null;
  const catalogue = mergeCatalogue(shipped);
  cache.set(id, catalogue);
  return catalogue;
}

/** The full shipped catalogues, which the caller has awaited (loadCatalogueMetadata) before; a call before that is a defect. */
function fullCatalogues(): ShippedCatalogue[] {
  const module = catalogueMetadataIfLoaded();
  if (!module) throw new Error('the catalogue metadata is not loaded yet: await loadCatalogueMetadata() first');
  return module.SHIPPED_CATALOGUES;
}

/** A shipped catalogue by id, in full (sources, notes, descriptions), or null. Await loadCatalogueMetadata() first. */
export function shippedCatalogue(id: string): CatalogueFile | null {
  return mergedFrom(fullCatalogues(), merged.full, id);
}

/** Every shipped catalogue, in full (for listings: templates, target groups, the catalogue test). Await loadCatalogueMetadata() first. */
export function shippedCatalogues(): CatalogueFile[] {
  return fullCatalogues().map((c) => shippedCatalogue(String(idOf(c)))!);
}

/** A shipped catalogue's values only (no sources, notes, descriptions), or null: all the engine reads. */
export function shippedCatalogueValues(id: string): CatalogueFile | null {
  return mergedFrom(SHIPPED_CATALOGUE_VALUES, merged.values, id);
}

/** The catalogue a model is assembled from: in full once the metadata has arrived, else its values (the same figures). */
export function modelCatalogue(id: string): CatalogueFile | null {
  return catalogueMetadataIfLoaded() ? shippedCatalogue(id) : shippedCatalogueValues(id);
}

export function shippedCatalogueIds(): string[] {
  return SHIPPED_CATALOGUE_VALUES.map((c) => String(idOf(c)));
}

export const CORE_CATALOGUE_ID = 'core';

export interface AssembledModel {
  model: Model;
  warnings: string[];
}

/** The model a scenario computes with. */
export function assembleModel(
  ref: CatalogueRef | undefined, overrides: ModelOverrides | undefined, lookup: (id: string) => CatalogueFile | null = modelCatalogue,
): Result<AssembledModel, EngineError> {
  const warnings: string[] = [];
  const base = lookup(CORE_CATALOGUE_ID);
  if (!base) return { ok: false, errors: [{ path: 'catalogue', message: 'the core catalogue is missing' }] };
  let model = merge(emptyModel(), base);
  if (ref && ref.id !== CORE_CATALOGUE_ID) {
    const found = lookup(ref.id);
    if (!found) {
      return { ok: false, errors: [{ path: 'catalogue.id', message: `unknown catalogue '${ref.id}' (known: ${shippedCatalogueIds().join(', ')})` }] };
    }
    if (found.version !== ref.version) {
      warnings.push(`the scenario was made with catalogue ${ref.id} ${ref.version}; computed with ${found.version}`);
    }
    model = merge(model, found);
  }
  if (overrides) model = merge(model, overrides);
  return { ok: true, value: { model, warnings } };
}

function withDefaults(partial: ModelOverrides): Model {
  return merge(emptyModel(), partial);
}

function emptyModel(): Model {
  return { ledgers: [], categories: [], perspectives: [], discountPresets: [], constants: {}, states: {}, refusionRules: {}, taxRules: {}, priceIndices: {} };
}

function merge(model: Model, add: ModelOverrides): Model {
  return {
    ledgers: mergeById(model.ledgers, add.ledgers),
    categories: mergeById(model.categories, add.categories),
    perspectives: mergeById(model.perspectives, add.perspectives),
    discountPresets: mergeById(model.discountPresets, add.discountPresets),
    constants: byId(model.constants, add.constants),
    states: byId(model.states, add.states),
    refusionRules: byId(model.refusionRules, add.refusionRules),
    taxRules: byId(model.taxRules, add.taxRules),
    priceIndices: byId(model.priceIndices, add.priceIndices),
    ...(add.confidenceGrades ?? model.confidenceGrades ? { confidenceGrades: add.confidenceGrades ?? model.confidenceGrades } : {}),
    ...(add.publicFinance ?? model.publicFinance ? { publicFinance: add.publicFinance ?? model.publicFinance } : {}),
    ...(add.socioeconomic ?? model.socioeconomic ? { socioeconomic: add.socioeconomic ?? model.socioeconomic } : {}),
  };
}

/** The entries of both, the second's winning, in a prototype-free record: an id is only ever an own entry. */
function byId<T>(base: Record<string, T>, add: Record<string, T> | undefined): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, base, add);
}

function mergeById<T extends { id: string }>(base: T[], add: T[] | undefined): T[] {
  if (!add) return base;
  const out = base.filter((b) => !add.some((a) => a.id === b.id));
  return [...out, ...add];
}
