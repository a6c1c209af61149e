/**
 * The messages between the app and the Monte Carlo worker. Every message carries the run's id, so
 * a late message from a run that was cancelled or replaced is recognised and dropped.
 */
import type { Model, MonteCarloChunk, MonteCarloSummary, Scenario } from '../engine';

/** Draws per step: ≈ 35 ms of work for the portfolio example, so a cancel is seen within a frame or two. */
export const DEFAULT_STEP = 200;

export type ToWorker =
  /** Draws [from, to) of the run with this seed (one chunk of it, when a pool splits the run). */
  | { type: 'start'; runId: number; scenario: Scenario; model: Model; seed: number | string; from: number; to: number; step?: number }
  | { type: 'cancel'; runId: number }
  /** Summarise a whole run's draws here, off the main thread (sorting them takes longer than a frame). */
  | { type: 'summarise'; runId: number; chunk: MonteCarloChunk };

export type FromWorker =
  | { type: 'progress'; runId: number; done: number; planned: number }
  /** The chunk's draws (typed arrays, transferred); the main thread merges chunks in draw order. */
  | { type: 'result'; runId: number; chunk: MonteCarloChunk; elapsedMs: number }
  | { type: 'summary'; runId: number; summary: MonteCarloSummary }
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

export { MAX_DRAWS } from '../engine';

/** A chunk's typed arrays, to transfer (move) rather than copy across the worker boundary. */
export function chunkBuffers(chunk: MonteCarloChunk): ArrayBuffer[] {
  return [...chunk.inputs, ...chunk.cumulative, ...chunk.npv, ...chunk.payback].map((a) => a.buffer as ArrayBuffer);
}
