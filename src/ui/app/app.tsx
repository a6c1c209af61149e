/**
 * The page: a masthead with the library toolbar (new, open, save, share, undo) and the language
 * switch, the editor beside the results, and the explanation of a selected figure. Each region is
 * a feature; this file only lays them out and keeps <html lang> in step with the language.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ChecksFollower, useAppStoreApi } from '../../state';
import { FeatureBoundary } from '../components/feature-boundary';
import { lazyPart, preloadLazyParts } from '../components/lazy-part';
import { ExplainPanel } from '../features/explain/explain-panel';
import { LibraryToolbar } from '../features/library/library-toolbar';
import { ResultsFooter } from '../features/results/results-footer';
import { ResultsView } from '../features/results/results-view';
import { GuardrailList } from '../features/guardrails/guardrail-list';
import { SummaryLine } from '../features/results/summary-line';
import { ScenarioHeader } from '../features/scenario/scenario-header';
import { EditorShell } from '../features/scenario-editor/editor-shell';
import { loadCatalogueTexts } from '../../io/catalogue-texts-loader';
import { withCatalogueTexts } from '../i18n/catalogue-names';
import { LanguageSwitch } from '../i18n/language-switch';
import { readStored, useDocumentLanguage } from '../i18n/use-document-language';
import { useTexts } from '../i18n/use-texts';
import { appTexts } from './texts';
import { useMode } from './use-mode';

// Loaded when first used: the first page's JavaScript stays as it was. They show template notes, so the catalogue texts come with them.
const ReportView = lazy(() => withCatalogueTexts(() => import('../features/report/report-view'))().then((m) => ({ default: m.ReportView })));
const PresentationView = lazy(() => withCatalogueTexts(() => import('../features/presentation/presentation-view'))().then((m) => ({ default: m.PresentationView })));

/** The UI benchmark (bench/ui-latency.ts) builds with this flag to drive the store; production builds never set it. */
function useBenchmarkHandle() {
  const store = useAppStoreApi();
  useEffect(() => {
    if (import.meta.env.VITE_AFKAST_EXPOSE_STORE === '1') (window as unknown as { __afkastStore: unknown }).__afkastStore = store;
  }, [store]);
}

// The analysis tabs sit below the results and load after the first paint (first-load size).
const AnalysisPanel = lazyPart(() => import('../features/analysis/analysis-panel'), (m) => m.AnalysisPanel);

/** After the first paint, when the browser is idle, the parts left out of the first load are fetched. */
function usePreloadAfterPaint() {
  useEffect(() => {
    const start = () => void preloadLazyParts().catch(() => undefined);
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(start, { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(start, 200);
    return () => clearTimeout(handle);
  }, []);
}

/**
 * What main.tsx waits for (with the library's start, up to its start-up wait) before the first render:
 * when English is the remembered choice, the catalogue texts, which name the first screen's ledgers and
 * states in English (in Danish they load after the first paint: the first screen shows none of them).
 */
export function beforeFirstRender(): Promise<unknown> {
  return readStored() === 'en' ? loadCatalogueTexts().catch(() => undefined) : Promise.resolve();
}

// The portfolio page and its store load only when it is opened (first-load size).
const PortfolioPage = lazy(() => import('../features/portfolio/portfolio-page').then((m) => ({ default: m.PortfolioPage })));

export function App() {
  const t = useTexts(appTexts);
  useDocumentLanguage(t.documentTitle);
  useBenchmarkHandle();
  usePreloadAfterPaint();
  // A #p= link opens the portfolio page; it reads and clears the link itself.
  const [portfolioOpen, setPortfolioOpen] = useState(() => typeof location !== 'undefined' && location.hash.startsWith('#p='));
  const [mode, setMode] = useMode(!portfolioOpen);
  const back = useCallback(() => {
    setMode('edit');
    requestAnimationFrame(() => document.getElementById(mode === 'report' ? 'mode-report' : 'mode-present')?.focus());
  }, [setMode, mode]);
  return (
    <>
    {mode === 'report' && <Suspense fallback={null}><FeatureBoundary><ReportView onClose={back} /></FeatureBoundary></Suspense>}
    {mode === 'present' && <Suspense fallback={null}><FeatureBoundary><PresentationView onClose={back} /></FeatureBoundary></Suspense>}
    <div className="page" hidden={mode !== 'edit'}>
      <a className="skip-link" href="#results">{t.skipToResults}</a>
      <header className="masthead">
        <span className="masthead__brand">Afkast</span>
        <span className="masthead__tagline">{t.tagline}</span>
        <div className="masthead__tools">
          <FeatureBoundary><LibraryToolbar /></FeatureBoundary>
          <button type="button" className="button masthead__portfolio" aria-pressed={portfolioOpen} onClick={() => setPortfolioOpen(!portfolioOpen)}>
            {portfolioOpen ? t.backToCase : t.portfolio}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      {portfolioOpen && (
        <FeatureBoundary><Suspense fallback={<p>{t.loading}</p>}><PortfolioPage /></Suspense></FeatureBoundary>
      )}
      <div className="workspace" hidden={portfolioOpen}>
        <FeatureBoundary><EditorShell /></FeatureBoundary>
        <main className="content" id="results" tabIndex={-1} aria-label={t.results}>
          <div className="mode-bar" role="group" aria-label={t.modes}>
            <button type="button" id="mode-present" className="button" title={t.presentHint} aria-keyshortcuts="P"
              onClick={() => setMode('present')}>{t.present}</button>
            <button type="button" id="mode-report" className="button" title={t.reportHint} aria-keyshortcuts="R"
              onClick={() => setMode('report')}>{t.report}</button>
          </div>
          <FeatureBoundary><ScenarioHeader /></FeatureBoundary>
          <FeatureBoundary><SummaryLine /></FeatureBoundary>
          <FeatureBoundary><ResultsView /></FeatureBoundary>
          {/* The guardrails beside the results (and beside their fields in the editor); never blocking. */}
          <FeatureBoundary><GuardrailList /></FeatureBoundary>
          <FeatureBoundary><AnalysisPanel /></FeatureBoundary>
        </main>
        <FeatureBoundary><ExplainPanel /></FeatureBoundary>
      </div>
      {!portfolioOpen && <FeatureBoundary><ResultsFooter /></FeatureBoundary>}
    </div>
    {/* The editor's problems and the guardrails follow an edit one deferred render behind its figures,
        last in the page, so the deferred figures (the flows by category) are rendered before them. */}
    <ChecksFollower />
    </>
  );
}
