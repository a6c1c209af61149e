/**
 * Where the state gets the validator (src/io/validator.ts) from: a chunk loaded on demand, so zod
 * and the file-format schemas are not in the page's first load. `loaded()` is null until it has
 * arrived; whatever opens a file, link or autosave either awaits `load()` first (startLibrary,
 * opening a file or a stored document) or, when it must answer at once (openScenario), refuses
 * with VALIDATOR_LOADING. Nothing from outside the app is ever opened unchecked.
 */
import type { Validator } from '../io/validator';
import type { EngineError } from '../engine';

export type { Validator };

export interface ValidatorSource {
  /** The validator, once loaded; null before. */
  loaded: () => Validator | null;
  /** Loads it (once) and resolves with it. */
  load: () => Promise<Validator>;
}

/** The refusal of a document that arrives before the validator (English; problem-text words it in Danish). */
export const VALIDATOR_LOADING: EngineError = {
  path: '(file)',
  message: 'the file check is still loading, so nothing was opened; try again in a moment',
};

/** A source that loads the validator with `importer` (tests pass one they resolve when they choose). */
export function validatorSource(importer: () => Promise<{ validator: Validator }>): ValidatorSource {
  let current: Validator | null = null;
  let pending: Promise<Validator> | null = null;
  return {
    loaded: () => current,
    load: () => (pending ??= importer().then((m) => (current = m.validator), (error: unknown) => {
      pending = null; // a failed fetch (offline before the chunk was cached) can be tried again
      throw error;
    })),
  };
}

/** The app's validator: one chunk, fetched once for every store. */
export const appValidator: ValidatorSource = validatorSource(() => import('../io/validator'));
