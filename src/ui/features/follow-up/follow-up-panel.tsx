/**
 * Opfølgning: import realised figures from the kommune's CSV (template from the scenario), see the
 * forecast as decided beside the re-projection, and freeze the decision basis. Importing replaces
 * the scenario's followUp only; the decision basis is never written once frozen.
 */
import { useState, type ChangeEvent } from 'react';
import { selectFollowUp, useAppStore } from '../../../state';
import { followUpTemplateCsv, parseFollowUpCsv } from '../../../io/follow-up-csv';
import { freezeDecisionBasis } from '../../../io/decision-basis';
import { formatKroner, formatNumber, formatShare, formatYears } from '../../../format/numbers';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { GuardrailList } from '../guardrails/guardrail-list';
import { followUpTexts } from './texts';

export function FollowUpPanel() {
  const t = useTexts(followUpTexts);
  const locale = useLocale();
  const scenario = useAppStore((s) => s.scenario);
  const applyEdit = useAppStore((s) => s.applyEdit);
  const report = useAppStore(selectFollowUp);
  const [message, setMessage] = useState<string[]>([]);
  if (!scenario) return null;

  const download = () => {
    const url = URL.createObjectURL(new Blob([followUpTemplateCsv(scenario)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'opfoelgning-skabelon.csv';
    a.click();
    URL.revokeObjectURL(url);
  };
  const importCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const parsed = parseFollowUpCsv(await file.text(), scenario);
    event.target.value = '';
    if (!parsed.ok) { setMessage(parsed.errors.map((e) => t.csvError(e.line, e.column, e.message))); return; }
    const count = (parsed.value.participants?.length ?? 0) + (parsed.value.costs?.length ?? 0) + (parsed.value.outcomes?.length ?? 0);
    applyEdit('Importér realiserede tal', (s) => ({ ...s, followUp: parsed.value }));
    setMessage([t.imported(count)]);
  };
  const freeze = () => applyEdit('Frys beslutningsgrundlag', (s) => ({
    ...s, decisionBasis: freezeDecisionBasis(s, new Date().toISOString().slice(0, 10)),
  }));
  const payback = (y: number | null) => (y === null ? t.notPaidBack : formatYears(y, locale));
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
      {message.length > 0 && <ul role="status">{message.map((m) => <li key={m}>{m}</li>)}</ul>}
      {report && !report.ok && <ul role="alert">{report.errors.map((e) => <li key={e.path + e.message}>{e.path}: {e.message}</li>)}</ul>}
      {!report && <p>{t.noFollowUp}</p>}
      {value && (
        <>
          <table className="follow-up__ledgers" aria-label={t.ledgers}>
            <caption>{t.ledgers}</caption>
            <thead><tr><th>{t.ledger}</th><th>{t.forecastNpv}</th><th>{t.reprojectedNpv}</th><th>{t.forecastPayback}</th><th>{t.reprojectedPayback}</th></tr></thead>
            <tbody>
              {value.ledgers.filter((l) => l.forecastNpv !== 0 || l.reprojectedNpv !== 0 || l.ledger === 'total').map((l) => (
                <tr key={l.ledger} data-ledger={l.ledger}>
                  <th scope="row">{l.ledger === 'total' ? t.total : l.ledger}</th>
                  <td>{formatKroner(l.forecastNpv, locale)}</td><td>{formatKroner(l.reprojectedNpv, locale)}</td>
                  <td>{payback(l.forecastPayback)}</td><td>{payback(l.reprojectedPayback)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="follow-up__deviations" aria-label={t.deviations}>
            <caption>{t.deviations}</caption>
            <thead><tr><th>{t.what}</th><th>{t.at}</th><th>{t.forecast}</th><th>{t.realised}</th><th>{t.flag}</th></tr></thead>
            <tbody>
              {value.deviations.map((d, n) => {
                const fmt = (v: number) => (d.kind === 'outcome' ? formatShare(v, locale) : d.kind === 'cost' ? formatKroner(v, locale) : formatNumber(v, locale, 1));
                return (
                  <tr key={`${d.path}-${d.at}-${n}`} data-outside={d.outside}>
                    <td>{t.kinds[d.kind]} <code>{d.path}</code></td><td>{d.at ?? '–'}</td><td>{fmt(d.forecast)}</td><td>{fmt(d.realised)}</td>
                    <td>{d.outside ? '⚠' : ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
      <GuardrailList />
    </div>
  );
}
