/**
 * "How sure are we?": the analyses of the open case, one tab each — break-even and one-way
 * sensitivity, Monte Carlo, and comparison with variants. Each tab's feature is loaded when the
 * tab is first opened, so the first page does not pay for them.
 *
 * The tab list follows the WAI-ARIA tabs pattern with manual activation: one tab is in the Tab order
 * (the selected one, else the first), the arrow keys and Home/End move focus along the list, and
 * Enter/Space (the buttons' own activation) open the focused tab, so a lazy panel is not loaded just
 * because focus passed over it.
 */
import { lazy, Suspense, useRef, useState, type KeyboardEvent } from 'react';
import { useTexts } from '../../i18n/use-texts';
import { analysisTexts } from './texts';
import './analysis.css';

const SensitivityPanel = lazy(() => import('../sensitivity/sensitivity-panel').then((m) => ({ default: m.SensitivityPanel })));
const MonteCarloPanel = lazy(() => import('../monte-carlo/monte-carlo-panel').then((m) => ({ default: m.MonteCarloPanel })));
const ComparePanel = lazy(() => import('../compare/compare-panel').then((m) => ({ default: m.ComparePanel })));
const BudgetViewPanel = lazy(() => import('../budget-view/budget-view-panel').then((m) => ({ default: m.BudgetViewPanel })));
const FollowUpPanel = lazy(() => import('../follow-up/follow-up-panel').then((m) => ({ default: m.FollowUpPanel })));

type Tab = 'sensitivity' | 'monteCarlo' | 'compare' | 'budget' | 'followUp';
const TABS: Tab[] = ['sensitivity', 'monteCarlo', 'compare', 'budget', 'followUp'];

export function AnalysisPanel() {
  const t = useTexts(analysisTexts);
  const [tab, setTab] = useState<Tab | null>(null);
  const [focus, setFocus] = useState<Tab | null>(null);
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const stop = focus ?? tab ?? TABS[0]!;
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, id: Tab) => {
    const at = TABS.indexOf(id);
    const next = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (at + 1) % TABS.length
      : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (at - 1 + TABS.length) % TABS.length
        : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    const target = TABS[next]!;
    setFocus(target);
    refs.current.get(target)?.focus();
  };
  return (
    <section className="panel analysis" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{t.heading}</h2>
      <div role="tablist" aria-label={t.heading} className="analysis__tabs">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`analysis-tab-${id}`} aria-selected={tab === id}
            aria-controls={tab === id ? 'analysis-tabpanel' : undefined} tabIndex={id === stop ? 0 : -1}
            ref={(el) => { if (el) refs.current.set(id, el); else refs.current.delete(id); }}
            onFocus={() => setFocus(id)} onBlur={() => setFocus(null)} onKeyDown={(e) => onKeyDown(e, id)} onClick={() => { setTab(id); setFocus(id); }}>
            {t.tabs[id]}
          </button>
        ))}
      </div>
      {tab && (
        <div role="tabpanel" id="analysis-tabpanel" aria-labelledby={`analysis-tab-${tab}`}>
          <Suspense fallback={<p>{t.loading}</p>}>
            {tab === 'sensitivity' && <SensitivityPanel />}
            {tab === 'monteCarlo' && <MonteCarloPanel />}
            {tab === 'compare' && <ComparePanel />}
            {tab === 'budget' && <BudgetViewPanel />}
            {tab === 'followUp' && <FollowUpPanel />}
          </Suspense>
        </div>
      )}
    </section>
  );
}
