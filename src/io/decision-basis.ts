/**
 * The beslutningsgrundlag: the scenario as decided, frozen with its date and the SHA-256 hash of
 * its canonical JSON (keys sorted), so anyone can check later that the forecast was not changed.
 */
import { sha256Hex } from './sha256';
import type { DecisionBasis } from '../engine';

/** JSON with object keys sorted at every level: the same content always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Freezes a scenario file's content (without its follow-up, snapshot and variants) as decided on `date` (YYYY-MM-DD). */
export function freezeDecisionBasis(file: Record<string, unknown>, date: string): DecisionBasis {
  const { followUp: _f, decisionBasis: _d, variants: _v, ...scenario } = file;
  void _f; void _d; void _v;
  const frozen = JSON.parse(JSON.stringify(scenario)) as Record<string, unknown>;
  return { date, sha256: sha256Hex(canonicalJson(frozen)), scenario: frozen };
}

/** True when the snapshot's hash still matches its content. */
export function verifyDecisionBasis(basis: DecisionBasis): boolean {
  return sha256Hex(canonicalJson(basis.scenario)) === basis.sha256;
}
