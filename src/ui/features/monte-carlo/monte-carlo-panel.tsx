/**
 * Monte Carlo of the open case: settings, Run and Cancel with progress, and the result. The draws
 * run in a Web Worker (the store's runMonteCarlo starts it); a component test passes a fake runner.
 */
import { useDeferredValue } from 'react';
import { formatNumber } from '../../../format/numbers';
import { selectMonteCarloStale, selectUncertainParameters, useAppStore, useAppStoreApi, type MonteCarloRunner } from '../../../state';
import { applyDefaultUncertainty, DEFAULT_UNCERTAIN_COUNT } from '../../../state/edits';
import { selectUnusedParameterNames } from '../../../state/selectors/sensitivity';
import { MonteCarloResults } from './monte-carlo-results';
import { RunControls } from './run-controls';
import { useMonteCarloWords } from './use-words';
import './monte-carlo.css';

export function MonteCarloPanel({ runner }: { runner?: MonteCarloRunner } = {}) {
  const { t, locale } = useMonteCarloWords();
  const uncertain = useAppStore(selectUncertainParameters);
  // An uncertain parameter nothing reads moves nothing: it is marked in the list, as in the tornado.
  const unused = useAppStore(selectUnusedParameterNames);
  const idle = uncertain.filter((n) => unused.has(n));
  const mc = useAppStore((s) => s.monteCarlo);
  const stale = useAppStore(selectMonteCarloStale);
  const n = (v: number) => formatNumber(v, locale);
  const { summary } = mc;
  // Deferred: the charts render in a time-sliced pass after the status line, so the result does not block the page.
  const shown = useDeferredValue(summary);
  const previous = summary !== null && mc.status !== 'done';
  const store = useAppStoreApi();
  const lastEdit = useAppStore((s) => s.lastEdit);
  const defaulted = lastEdit?.key === 'addDefaultUncertainty';
  return (
    <section className="monte-carlo" aria-labelledby="mc-heading">
      <h3 id="mc-heading">{t.heading}</h3>
      <p>{t.intro}</p>
      {uncertain.length === 0
        ? (
          <div className="mc-notice mc-default" role="note">
            <p>{t.noUncertainty}</p>
            <p className="mc-help">{t.defaultHelp(DEFAULT_UNCERTAIN_COUNT)}</p>
            <button type="button" className="button" onClick={() => applyDefaultUncertainty(store)}>{t.addDefault}</button>
          </div>
        )
        : <p>{t.uncertainCount(uncertain.length, uncertain.map((n) => (unused.has(n) ? `${n} (${t.unused})` : n)).join(', '))}</p>}
      {idle.length > 0 && <p className="mc-notice mc-unused" role="note">{t.unusedNote(idle.join(', '))}</p>}
      {defaulted && uncertain.length > 0 && <p className="mc-notice mc-default" role="note">{t.defaultAdded}</p>}
      <RunControls runner={runner} disabled={uncertain.length === 0} />
      <div role="status" aria-live="polite" className="mc-status">
        {mc.status === 'running' && <p>{t.running}</p>}
        {mc.status === 'cancelled' && <p className="mc-notice">{t.cancelled(n(mc.done), n(mc.planned))}</p>}
        {previous && <p className="mc-previous">{t.previous}</p>}
        {mc.status === 'error' && <p className="mc-error">{t.error(mc.error ?? '')}</p>}
        {mc.status === 'done' && summary && (
          <p>{t.done(n(summary.draws), String(mc.summarySeed), formatNumber((mc.elapsedMs ?? 0) / 1000, locale, 1))}</p>
        )}
        {stale && <p className="mc-notice mc-stale">{t.stale}</p>}
      </div>
      {summary && summary.failed > 0 && <p className="mc-notice">{t.failed(n(summary.failed), summary.firstFailure?.message ?? '')}</p>}
      {/* With every draw failed there is no figure to show: the notice above says why. */}
      {shown && shown.draws > 0 && (
        // Until the deferred pass has drawn the new result, the figures below are the previous run's: marked busy and stale.
        <div className={stale || previous || shown !== summary ? 'is-stale' : undefined} aria-busy={shown !== summary} data-testid="mc-results">
          <MonteCarloResults summary={shown} scenario={mc.ranOn} />
        </div>
      )}
    </section>
  );
}
