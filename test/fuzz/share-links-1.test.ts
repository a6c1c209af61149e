/** Fuzz, part 1 of 4: hostile share links (the run is in fuzz-parts.ts). */
import { fuzzShareLinks } from './fuzz-parts';

fuzzShareLinks(1);
