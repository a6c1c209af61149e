/**
 * What every command shares: its exit codes, where it writes, and the loaded scenario it runs on.
 * A file of its own so that commands.ts and uncertainty-commands.ts both import it, not each other.
 */
import type { EngineError, Model, Scenario } from '../engine';

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface Output {
  out: (text: string) => void;
  /** Each error on its own line as `path: message`. */
  errors: (errors: EngineError[]) => void;
  usage: (message: string) => void;
  /** A warning on the side (stderr), where it cannot spoil the output's format. */
  warn?: (warning: string) => void;
}

export interface Loaded {
  scenario: Scenario;
  model: Model;
  warnings: string[];
}
