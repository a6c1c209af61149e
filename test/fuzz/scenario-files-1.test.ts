/** Fuzz, part 1 of 4: mutated scenario files (the run is in fuzz-parts.ts). */
import { fuzzScenarioFiles } from './fuzz-parts';

fuzzScenarioFiles(1);
