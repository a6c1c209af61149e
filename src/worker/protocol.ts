/**
 * The messages between the app and the Monte Carlo worker. Every message carries the run's id, so
 * a late message from a run that was cancelled or replaced is recognised and dropped.
 */
import type { Model, MonteCarloSummary, Scenario } from '../engine';

/** Draws per step: ≈ 35 ms of work for the portfolio example, so a cancel is seen within a frame or two. */
export const DEFAULT_STEP = 200;

export type ToWorker =
  | { type: 'start'; runId: number; scenario: Scenario; model: Model; draws: number; seed: number; step?: number }
  | { type: 'cancel'; runId: number };

export type FromWorker =
  | { type: 'progress'; runId: number; done: number; planned: number }
  | { type: 'result'; runId: number; summary: MonteCarloSummary; elapsedMs: number }
  | { type: 'cancelled'; runId: number; done: number; planned: number }
  | { type: 'error'; runId: number; message: string; path: string | null };

/** An engine error as an error message (the path tells the editor where). */
export function errorMessage(runId: number, error: unknown): FromWorker {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const { message, path } = error as { message: unknown; path?: unknown };
    return { type: 'error', runId, message: String(message), path: typeof path === 'string' ? path : null };
  }
  return { type: 'error', runId, message: String(error), path: null };
}

/** The most draws a run may ask for: 200,000 draws of an 8-year case with four keys hold ≈ 60 MB. */
export const MAX_DRAWS = 200_000;
