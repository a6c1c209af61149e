/**
 * The validator chunk: everything that checks a scenario from outside the app (a file, a share
 * link, an autosaved document) against the file format, with zod and the schemas behind it. The
 * page loads it on demand (src/state/validator.ts), so none of it is in the first load; the state
 * never opens a file, link or autosave before it has arrived (docs/performance.md, "First load").
 */
import { decodeShareFragment, encodeShareFragment, isShareFragment } from './share-link';
import { loadAndRun, parseScenarioJson } from './load-scenario';

export const validator = { parseScenarioJson, loadAndRun, decodeShareFragment, encodeShareFragment, isShareFragment };

export type Validator = typeof validator;
