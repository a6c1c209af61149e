/**
 * The tornado for the open scenario and a ledger, computed after the panel has painted: one solve
 * per parameter takes tens of milliseconds (hundreds for a large portfolio), which must not hold up
 * a keystroke in the editor. While it computes, the last tornado stays on screen, marked as stale.
 */
import { useEffect, useReducer, useRef } from 'react';
import { useAppStore } from '../../../state';
import { computeTornado, peekTornado, type TornadoAnswer } from '../../../state/selectors/sensitivity';

/** Edits arrive in bursts while typing: wait for a pause before recomputing a tornado already shown. */
const RECOMPUTE_DELAY_MS = 150;

export interface TornadoState {
  /** The tornado to show (possibly for an earlier version of the scenario), or undefined before the first. */
  answer: TornadoAnswer | undefined;
  computing: boolean;
}

/** The tornado in the key figures' scale (per participant or in total), so its figures match theirs. */
export function useTornado(ledger: string, fields = false): TornadoState {
  const scenario = useAppStore((s) => s.scenario);
  // Per started participant, the NPV over the horizon is the one per participant (everyone has started by then).
  const scale = useAppStore((s) => (s.view.scale === 'perStarted' ? 'perParticipant' : s.view.scale));
  const current = useAppStore((s) => peekTornado(s, ledger, scale, fields));
  const last = useRef<TornadoAnswer | undefined>(undefined);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  // An earlier tornado of the same ledger stays up while the new one computes; another ledger's would mislead.
  const stale = last.current?.ok && last.current.value.ledger === ledger && last.current.value.scale === scale ? last.current : undefined;
  const shown = current ?? stale;
  useEffect(() => {
    if (current) {
      last.current = current;
      return;
    }
    if (!scenario) return;
    const timer = setTimeout(() => {
      computeTornado({ scenario }, ledger, scale, fields);
      rerender();
    }, shown ? RECOMPUTE_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [scenario, ledger, scale, fields, current, shown]);
  return { answer: shown, computing: current === undefined && scenario !== null };
}
