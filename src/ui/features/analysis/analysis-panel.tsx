/**
 * "How sure are we?": the analyses of the open case, one tab each — break-even and one-way
 * sensitivity, Monte Carlo, and comparison with variants. Each tab's feature is loaded when the
 * tab is first opened, so the first page does not pay for them.
 */
import { lazy, Suspense, useState } from 'react';
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
  return (
    <section className="panel analysis" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{t.heading}</h2>
      <div role="tablist" aria-label={t.heading} className="analysis__tabs">
        {TABS.map((id) => (
          <button key={id} type="button" role="tab" id={`analysis-tab-${id}`} aria-selected={tab === id}
            aria-controls="analysis-tabpanel" onClick={() => setTab(id)}>
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
