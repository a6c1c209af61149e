/**
 * The app loads the validator chunk on demand (src/state/validator.ts) and start-up awaits it; a
 * test that opens files straight after creating a store gets it loaded up front, as the page has it
 * once started. test/state/validator-loading.test.ts covers the time before it arrives.
 */
import { appValidator } from '../src/state/validator';

await appValidator.load();
