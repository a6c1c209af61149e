/**
 * The values of a shipped catalogue file: the file without its metadata, which the engine does not
 * read (docs/performance.md, "First load"). The page's first load carries only these
 * (src/io/shipped-catalogue-values.ts); the metadata comes with the full files, on demand
 * (src/io/catalogue-metadata-loader.ts). The same function strips the files at build time
 * (vite.config.ts) and at run time, so the two agree wherever the code runs.
 *
 * Metadata: every `source`, `note`, `description` and `changelog`, and the catalogue's `title`.
 * Kept: the socioeconomic source's year, which the projection states (the welfare summary's
 * sourceYear, src/engine/project.ts), and every validFrom/validTo (the engine picks dated figures by
 * them, and the guardrails check them). test/io/catalogue-values.test.ts proves that projections and
 * guardrails are the same with the values as with the full files.
 */

const METADATA = new Set(['source', 'note', 'description', 'changelog']);

/** Records keyed by id or name: their keys are never metadata, whatever an id is called. */
const BY_ID = new Set(['constants', 'states', 'refusionRules', 'taxRules', 'priceIndices', 'targetGroups', 'interventionTemplates', 'parameters']);

export function catalogueValues(file: unknown): unknown {
  if (!isRecord(file)) return file;
  const { title: _title, socioeconomic, ...rest } = file;
  void _title;
  const values = stripped(rest) as Record<string, unknown>;
  if (isRecord(socioeconomic)) {
    const year = isRecord(socioeconomic.source) ? socioeconomic.source.year : undefined;
    values.socioeconomic = { ...(stripped(socioeconomic) as Record<string, unknown>), ...(year !== undefined ? { source: { year } } : {}) };
  }
  return values;
}

function stripped(value: unknown, byId = false): unknown {
  if (Array.isArray(value)) return value.map((item) => stripped(item));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (byId) out[key] = stripped(item);
    else if (!METADATA.has(key)) out[key] = stripped(item, BY_ID.has(key));
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
