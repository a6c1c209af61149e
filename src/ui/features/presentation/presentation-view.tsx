/**
 * Presentation mode (issue 10): the case on the wall of a budget workshop. No editor: the title, the
 * summary sentence, the key figures and the cumulative chart in large type, and the levers the economist
 * chose beforehand (scenario.presentation.levers) as sliders that recompute at once. The wall computes
 * on a store of its own holding the scenario with the levers' values, so moving a lever is no edit of
 * the document; »Gem som variant« turns the setting into a variant of it. Escape returns.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AppStoreProvider, createAppStore, useAppStore, useAppStoreApi } from '../../../state';
import { saveLeversAsVariant, withLeverValues } from '../../../state/edits/presentation-edits';
import { MAX_VARIANTS } from '../../../io/scenario-schema';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { KeyFigures } from '../results/key-figures';
import { NetChart } from '../results/net-chart';
import { SummaryLine } from '../results/summary-line';
import { LeverControl } from './lever-control';
import { presentationTexts } from './texts';
import './presentation.css';

export function PresentationView({ onClose }: { onClose: () => void }) {
  const t = useTexts(presentationTexts);
  const locale = useLocale();
  const main = useAppStoreApi();
  const scenario = useAppStore((s) => s.scenario);
  const view = useAppStore((s) => s.view);
  const language = useAppStore((s) => s.language);
  const levers = useMemo(() => (scenario?.presentation?.levers ?? [])
    .filter((l) => typeof scenario?.parameters[l.parameter]?.value === 'number'), [scenario]);
  const baseline = useMemo(() => Object.fromEntries(levers.map((l) => [l.parameter, scenario!.parameters[l.parameter]!.value as number])), [levers, scenario]);
  const [values, setValues] = useState<Record<string, number>>(baseline);
  const [message, setMessage] = useState('');
  const wallScenario = useMemo(() => (scenario ? withLeverValues(scenario, values) : null), [scenario, values]);
  const [wall] = useState(() => {
    const store = createAppStore(null);
    store.setState({ scenario: wallScenario, view: { ...view, breakdown: 'ledgers' }, language });
    return store;
  });
  // Before paint: a lever moved is drawn in the same frame.
  useLayoutEffect(() => { wall.setState({ scenario: wallScenario, view: { ...view, breakdown: 'ledgers' }, language }); }, [wall, wallScenario, view, language]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.documentElement.classList.add('is-presenting');
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    document.addEventListener('keydown', onKey);
    return () => { document.documentElement.classList.remove('is-presenting'); document.removeEventListener('keydown', onKey); };
  }, [onClose]);
  if (!scenario) return null;
  const moved = levers.some((l) => values[l.parameter] !== baseline[l.parameter]);
  const full = (scenario.variants?.length ?? 0) >= MAX_VARIANTS;
  const save = () => {
    const before = main.getState().scenario?.variants?.length ?? 0;
    main.getState().applyEdit(saveLeversAsVariant.key, (s) => saveLeversAsVariant(s, values, t.variantTitle));
    const after = main.getState().scenario?.variants ?? [];
    setMessage(after.length > before ? t.saved(after.at(-1)!.title) : full ? t.variantsFull : t.nothingMoved);
  };
  return (
    <div className="presentation" role="region" aria-label={t.region}>
      <header className="presentation__head">
        <h1 ref={heading} tabIndex={-1}>{scenario.title}</h1>
        <button type="button" className="button" onClick={onClose}>{t.close}</button>
      </header>
      <AppStoreProvider store={wall}>
        <SummaryLine />
        <KeyFigures />
        <div className="presentation__body">
          <div className="presentation__chart"><NetChart height={260} /></div>
          <section className="panel presentation__levers" aria-labelledby="levers-heading">
            <h2 id="levers-heading">{t.levers}</h2>
            {levers.length === 0 ? <p className="note">{t.noLevers}</p> : levers.map((lever) => (
              <LeverControl key={lever.parameter} lever={lever} parameter={scenario.parameters[lever.parameter]!} locale={locale}
                value={values[lever.parameter] ?? baseline[lever.parameter]!}
                onChange={(v) => { setValues({ ...values, [lever.parameter]: v }); setMessage(''); }} />
            ))}
            {levers.length > 0 && (
              <div className="presentation__actions">
                <button type="button" className="button" onClick={() => { setValues(baseline); setMessage(''); }} disabled={!moved}>{t.reset}</button>
                <button type="button" className="button" onClick={save} disabled={!moved || full}>{t.saveVariant}</button>
              </div>
            )}
            <p className="note" role="status">{message || (full ? t.variantsFull : '')}</p>
          </section>
        </div>
      </AppStoreProvider>
    </div>
  );
}
