/**
 * The run's settings (draws, seed), Run and Cancel, and a labelled progress bar. The settings are
 * drafts until Run: a run always uses what the fields show.
 */
import { useId, useState } from 'react';
import { formatNumber, parseLocaleNumber, type Locale } from '../../../format/numbers';
import { DEFAULT_DRAWS, DEFAULT_SEED, MAX_DRAWS, useAppStore, type MonteCarloRunner } from '../../../state';
import { useMonteCarloWords } from './use-words';

/** A whole number typed the locale's way (5.000 in Danish, 5,000 in English), or null. */
function wholeNumber(text: string, locale: Locale): number | null {
  const n = parseLocaleNumber(text, locale);
  return n !== null && Number.isSafeInteger(n) ? n : null;
}

export function RunControls({ runner, disabled }: { runner?: MonteCarloRunner; disabled: boolean }) {
  const { t, locale } = useMonteCarloWords();
  const id = useId();
  const mc = useAppStore((s) => s.monteCarlo);
  const run = useAppStore((s) => s.runMonteCarlo);
  const cancel = useAppStore((s) => s.cancelMonteCarlo);
  const [drawsText, setDrawsText] = useState(String(mc.status === 'idle' ? DEFAULT_DRAWS : mc.draws));
  const [seedText, setSeedText] = useState(String(mc.status === 'idle' ? DEFAULT_SEED : mc.seed));
  const draws = wholeNumber(drawsText, locale);
  const seed = wholeNumber(seedText, locale);
  const drawsOk = draws !== null && draws >= 1 && draws <= MAX_DRAWS;
  const seedOk = seed !== null;
  const running = mc.status === 'running';
  const showProgress = running || mc.status === 'cancelled';
  const progressText = t.progressText(formatNumber(mc.done, locale), formatNumber(mc.planned, locale));
  return (
    <form className="mc-controls" onSubmit={(e) => { e.preventDefault(); if (drawsOk && seedOk && !disabled) run({ draws, seed }, runner); }}>
      <div className="mc-field">
        <label htmlFor={`${id}-draws`}>{t.draws}</label>
        <input id={`${id}-draws`} type="text" inputMode="numeric" value={drawsText} onChange={(e) => setDrawsText(e.target.value)}
          aria-invalid={!drawsOk || undefined} aria-describedby={drawsOk ? undefined : `${id}-draws-error`} />
        {!drawsOk && <p id={`${id}-draws-error`} className="mc-error">{t.invalidDraws(formatNumber(MAX_DRAWS, locale))}</p>}
      </div>
      <div className="mc-field">
        <label htmlFor={`${id}-seed`}>{t.seed}</label>
        <input id={`${id}-seed`} type="text" inputMode="numeric" value={seedText} onChange={(e) => setSeedText(e.target.value)}
          aria-invalid={!seedOk || undefined} aria-describedby={seedOk ? `${id}-seed-help` : `${id}-seed-error`} />
        {seedOk ? <p id={`${id}-seed-help`} className="mc-help">{t.seedHelp}</p> : <p id={`${id}-seed-error`} className="mc-error">{t.invalidSeed}</p>}
      </div>
      <div className="mc-buttons">
        <button type="submit" disabled={disabled || !drawsOk || !seedOk}>{t.run}</button>
        <button type="button" disabled={!running} onClick={cancel}>{t.cancel}</button>
      </div>
      {showProgress && (
        <div className="mc-progress">
          <label htmlFor={`${id}-progress`}>{t.progress}</label>
          <progress id={`${id}-progress`} max={mc.planned || 1} value={mc.done} aria-valuetext={progressText} />
          <span>{progressText}</span>
        </div>
      )}
    </form>
  );
}
