/**
 * Opfølgning: import realised figures from the kommune's CSV (template from the scenario), see the
 * forecast as decided beside the re-projection, and freeze the decision basis. Importing replaces
 * the scenario's followUp only; the decision basis is never written once frozen.
 */
import { lazy, Suspense, useState, type ChangeEvent } from 'react';
import { useAppStore } from '../../../state';
import { selectFollowUp } from '../../../state/selectors/follow-up';
import { parseFollowUpCsv } from '../../../io/follow-up-csv';
import { downloadFollowUpTemplate } from './download-template';
import { freezeDecisionBasis } from '../../../io/decision-basis';
import { formatKroner, formatNumber, formatShare, formatYears } from '../../../format/numbers';
import type { FollowUpView } from '../../../io/follow-up-view';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { GuardrailList } from '../guardrails/guardrail-list';
import { followUpTexts } from './texts';

const FollowUpCharts = lazy(() => import('./follow-up-charts').then((m) => ({ default: m.FollowUpCharts })));

export function FollowUpPanel() {
  const t = useTexts(followUpTexts);
  const scenario = useAppStore((s) => s.scenario);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const report = useAppStore(selectFollowUp);
  const [message, setMessage] = useState<string[]>([]);
  if (!scenario) return null;

  const download = () => downloadFollowUpTemplate(scenario);
  const importCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const parsed = parseFollowUpCsv(await file.text(), scenario);
    event.target.value = '';
    if (!parsed.ok) { setMessage(parsed.errors.map((e) => t.csvError(e.line, e.column, e.message))); return; }
    const count = (parsed.value.participants?.length ?? 0) + (parsed.value.costs?.length ?? 0) + (parsed.value.outcomes?.length ?? 0);
    applyEdit('importFollowUp', (s) => ({ ...s, followUp: parsed.value }));
    setMessage([t.imported(count)]);
  };
  const freeze = () => applyEdit('freezeDecisionBasis', (s) => ({
    ...s, decisionBasis: freezeDecisionBasis(s, new Date().toISOString().slice(0, 10)),
  }));
  const value = report?.ok ? report.value : null;

  return (
    <div className="follow-up">
      <p>
        <button type="button" className="button" onClick={download}>{t.template}</button>{' '}
        {/* The browser's own file button would speak its own language ("Choose File"): the label is the button. */}
        <label className="button follow-up__import">{t.import}<input type="file" className="sr-only" accept=".csv,text/csv" onChange={(e) => void importCsv(e)} /></label>{' '}
        {!scenario.decisionBasis && <button type="button" className="button" onClick={freeze}>{t.freeze}</button>}
      </p>
      <p data-testid="decision-basis">
        <strong>{t.basis}:</strong>{' '}
        {scenario.decisionBasis
          ? t.basisOf(scenario.decisionBasis.date, scenario.decisionBasis.sha256, value?.basis?.intact ?? true)
          : t.noBasis}
      </p>
      {scenario.decisionBasis && <p><small>{t.basisKept}</small></p>}
      {message.length > 0 && <ul role="status">{message.map((m) => <li key={m}>{m}</li>)}</ul>}
      {report && !report.ok && <ul role="alert">{report.errors.map((e) => <li key={e.path + e.message}>{e.path}: {e.message}</li>)}</ul>}
      {!report && <p>{t.noFollowUp}</p>}
      {value && <FollowUpTables view={value.view} />}
      <GuardrailList />
    </div>
  );
}

/** The forecast beside the re-projection per ledger, each realised figure beside its forecast, and the charts. */
function FollowUpTables({ view }: { view: FollowUpView }) {
  const t = useTexts(followUpTexts);
  const locale = useLocale();
  const payback = (y: number | null) => (y === null ? t.notPaidBack : formatYears(y, locale));
  return (
    <>
      <table className="follow-up__ledgers" aria-label={t.ledgers}>
        <caption>{t.ledgers}</caption>
        <thead><tr><th>{t.ledger}</th><th>{t.forecastNpv}</th><th>{t.reprojectedNpv}</th><th>{t.forecastPayback}</th><th>{t.reprojectedPayback}</th></tr></thead>
        <tbody>
          {view.ledgers.map((l) => (
            <tr key={l.id} data-ledger={l.id}>
              <th scope="row">{l.id === 'total' ? t.total : l.label}</th>
              <td>{formatKroner(l.forecastNpv, locale)}</td><td>{formatKroner(l.reprojectedNpv, locale)}</td>
              <td>{payback(l.forecastPayback)}</td><td>{payback(l.reprojectedPayback)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="follow-up-outside">{t.outsideCount(view.outside, view.deviations.length)}</p>
      <table className="follow-up__deviations" aria-label={t.deviations}>
        <caption>{t.deviations}</caption>
        <thead><tr><th>{t.what}</th><th>{t.at}</th><th>{t.forecast}</th><th>{t.range}</th><th>{t.realised}</th><th>{t.flag}</th><th>{t.date}</th><th>{t.source}</th></tr></thead>
        <tbody>
          {view.deviations.map((d, n) => {
            const fmt = (v: number) => (d.kind === 'outcome' ? formatShare(v, locale) : d.kind === 'cost' ? formatKroner(v, locale) : formatNumber(v, locale, 1));
            return (
              <tr key={`${d.path}-${d.at}-${n}`} data-outside={d.outside} className={d.outside ? 'is-outside' : undefined}>
                <th scope="row">{t.kinds[d.kind]}: {d.label} <code>{d.path}</code></th><td>{d.at ?? '–'}</td><td>{fmt(d.forecast)}</td>
                <td>{d.range ? `${fmt(d.range.min)} – ${fmt(d.range.max)}` : t.noRange}</td><td>{fmt(d.realised)}</td>
                <td>{d.outside ? <><span aria-hidden="true">⚠ </span>{t.yes}</> : t.no}</td><td>{d.date ?? ''}</td><td>{d.source ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Suspense fallback={null}><FollowUpCharts view={view} /></Suspense>
    </>
  );
}
