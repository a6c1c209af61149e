/** Fuzz, part 4 of 4: hostile share links (the run is in fuzz-parts.ts). */
import { fuzzShareLinks } from './fuzz-parts';

fuzzShareLinks(4);
