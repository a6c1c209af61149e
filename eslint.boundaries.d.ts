import type { Linter } from 'eslint';

/** The dependency rule as flat-config objects (see eslint.boundaries.js). */
export declare const boundariesConfig: Linter.Config[];
