/**
 * »Rapport« (issue 10): the case as a document to print or save as PDF from the browser, A4 portrait or
 * landscape — title, date, app and catalogue version, SHA-256 of the scenario file, the summary, key
 * figures, every year (in blocks), both charts drawn for the current numbers, the basis of the
 * calculation, the assumption log, caveats, guardrails, follow-up, variants and analyses run. Nothing of
 * the editor or toolbar prints; page numbers come from the @page rule the view writes in its language (pageNumberRule). Escape returns.
 */
import { discountLabel } from '../../../format/conventions';
import { useEffect, useRef } from 'react';
import { timingConvention } from '../../../format/conventions';
import { welfareStatement } from '../../../format/welfare';
import { selectPerspectiveLabel, selectRun, useAppStore } from '../../../state';
import { selectScenarioHash } from '../../../state/report-selectors';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { GuardrailList } from '../guardrails/guardrail-list';
import { KeyFigures } from '../results/key-figures';
import { NetChart } from '../results/net-chart';
import { SummaryLine } from '../results/summary-line';
import { Caveats } from '../scenario/caveats';
import { ReportAnalyses, ReportFollowUp, ReportVariants } from './report-analyses';
import { ReportCategoryChart } from './report-charts';
import { AssumptionLog, ReportYearTable } from './report-tables';
import { pageNumberRule, reportTexts } from './texts';
import './report.css';

declare const __AFKAST_VERSION__: string | undefined;
/** package.json's version, set by vite.config.ts at build time ('dev' where nothing sets it, e.g. unit tests). */
const APP_VERSION = typeof __AFKAST_VERSION__ === 'string' ? __AFKAST_VERSION__ : 'dev';

function BasisOfCalculation() {
  const t = useTexts(reportTexts);
  const locale = useLocale();
  const run = useAppStore(selectRun);
  const perspective = useAppStore(selectPerspectiveLabel);
  const settings = useAppStore((s) => s.scenario?.settings);
  if (!run?.ok || !settings) return null;
  const { discount } = run.value;
  // Another part of the app may add a public-finance setting; it is stated as the file has it.
  const publicFinance = (settings as { publicFinance?: unknown }).publicFinance;
  return (
    <section className="report-section" aria-labelledby="report-settings">
      <h2 id="report-settings">{t.settings}</h2>
      <dl className="report-facts">
        <dt>{t.perspective}</dt><dd>{perspective}</dd>
        {run.value.welfare && <><dt>{t.welfare}</dt><dd data-testid="report-welfare-statement">{welfareStatement(run.value.welfare, locale)}</dd></>}
        <dt>{t.discount}</dt><dd>{discountLabel(discount, locale)}</dd>
        <dt>{t.timing}</dt><dd>{timingConvention(discount.timing, locale)}</dd>
        <dt>{t.horizon}</dt><dd>{t.years(settings.horizonYears)}{settings.firstYear ? ` (${settings.firstYear}–${settings.firstYear + settings.horizonYears - 1})` : ''}</dd>
        {settings.priceYear !== undefined && <><dt>{t.priceYear}</dt><dd>{settings.priceYear}</dd></>}
        {publicFinance !== undefined && <><dt>{t.publicFinance}</dt><dd>{typeof publicFinance === 'string' ? publicFinance : JSON.stringify(publicFinance)}</dd></>}
      </dl>
    </section>
  );
}

export function ReportView({ onClose }: { onClose: () => void }) {
  const t = useTexts(reportTexts);
  const locale = useLocale();
  const scenario = useAppStore((s) => s.scenario);
  const hash = useAppStore(selectScenarioHash);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') onClose(); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  if (!scenario) return null;
  const today = new Date().toLocaleDateString(locale === 'da' ? 'da-DK' : 'en-GB', { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <div className="report-page">
      <style>{pageNumberRule(t.pageNumber)}</style>
      <div className="report-toolbar">
        <button type="button" className="button" onClick={() => window.print()}>{t.print}</button>
        <button type="button" className="button" onClick={onClose}>{t.back}</button>
        <span className="report-note">{t.printHint}</span>
      </div>
      <article className="report" aria-label={t.region}>
        <header className="report-header">
          <p className="report-kind">{t.kind}</p>
          <h1 ref={heading} tabIndex={-1}>{scenario.title}</h1>
          <dl className="report-facts">
            <dt>{t.date}</dt><dd>{today}</dd>
            <dt>{t.app}</dt><dd>{APP_VERSION}</dd>
            <dt>{t.catalogue}</dt><dd>{scenario.catalogue ? `${scenario.catalogue.id} ${scenario.catalogue.version}` : t.noCatalogue}</dd>
            <dt>{t.sha}</dt><dd><code className="report-hash">{hash}</code></dd>
          </dl>
        </header>
        <SummaryLine />
        <KeyFigures />
        <section className="report-section" aria-label={t.region}><ReportYearTable /></section>
        <NetChart />
        <ReportCategoryChart />
        <BasisOfCalculation />
        <AssumptionLog />
        <Caveats />
        <section className="report-section"><GuardrailList /></section>
        <ReportFollowUp />
        <ReportVariants />
        <ReportAnalyses />
      </article>
    </div>
  );
}
