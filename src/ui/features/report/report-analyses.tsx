/** The report's variants, analyses that have been run (tornado, Monte Carlo with its seed) and follow-up. */
import { formatKroner, formatNumber, formatShare, formatYears } from '../../../format/numbers';
import { selectModel, TOTAL_ID, useAppStore } from '../../../state';
import { selectFollowUp } from '../../../state/selectors/follow-up';
import { FIELD_PREFIX, peekTornado, selectBreakEven } from '../../../state/selectors/sensitivity';
import { useTexts } from '../../i18n/use-texts';
import { useResultWords } from '../results/use-result-words';
import { reportTexts } from './texts';
import { fieldPathText, problemText } from '../../../format/problem-text';

const NO_VARIANTS: never[] = [];

export function ReportVariants() {
  const variants = useAppStore((s) => s.scenario?.variants ?? NO_VARIANTS);
  const t = useTexts(reportTexts);
  return (
    <section className="report-section" aria-labelledby="report-variants">
      <h2 id="report-variants">{t.variants}</h2>
      {variants.length === 0 ? <p>{t.noVariants}</p> : (
        <ul>
          {variants.map((v) => (
            <li key={v.id}><strong>{v.title}</strong>{v.note ? ` – ${v.note}` : ''}: {v.changes.length === 0 ? t.none
              : v.changes.map((c) => `${c.path} = ${JSON.stringify(c.value)}`).join('; ')}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ReportAnalyses() {
  const t = useTexts(reportTexts);
  const { locale } = useResultWords();
  // The tornado the sensitivity tab shows: with the case's typed fields when »Medtag felter i casen« is ticked.
  const withFields = useAppStore((s) => s.tornadoFields);
  const tornado = useAppStore((s) => peekTornado(s, TOTAL_ID, s.view.scale, s.tornadoFields));
  const breakEvenQuery = useAppStore((s) => s.lastBreakEven);
  const breakEven = useAppStore((s) => (s.lastBreakEven ? selectBreakEven(s, s.lastBreakEven) : null));
  const monteCarlo = useAppStore((s) => (s.monteCarlo.status === 'done' && s.monteCarlo.ranOn === s.scenario ? s.monteCarlo : null));
  const labels = useAppStore((s) => s.scenario?.parameters);
  const kr = (v: number | null) => (v === null ? t.none : formatKroner(v, locale));
  const num = (v: number | null) => (v === null ? t.none : formatNumber(v, locale, Math.abs(v) < 10 ? 3 : 0));
  const mc = monteCarlo?.summary?.keys[TOTAL_ID];
  return (
    <section className="report-section" aria-labelledby="report-analyses">
      <h2 id="report-analyses">{t.analyses}</h2>
      {!tornado?.ok && !mc && !breakEven && <p>{t.noAnalyses}</p>}
      {breakEvenQuery && breakEven && (
        <p data-testid="report-break-even">
          <strong>{t.breakEven((breakEvenQuery.parameter.startsWith(FIELD_PREFIX) ? fieldPathText(breakEvenQuery.parameter.slice(FIELD_PREFIX.length), locale) : labels?.[breakEvenQuery.parameter]?.label ?? breakEvenQuery.parameter), breakEvenQuery.ledger === TOTAL_ID ? t.net : breakEvenQuery.ledger, breakEvenQuery.target === 'npv' ? null : breakEvenQuery.year)}:</strong>{' '}
          {breakEven.status === 'found' ? num(breakEven.value) : breakEven.status === 'notFound' ? t.breakEvenNone(num(breakEven.range[0]), num(breakEven.range[1])) : breakEven.errors.map((e) => problemText(e, locale)).join('; ')}
        </p>
      )}
      {tornado?.ok && (
        <table className="report-table">
          <caption>{withFields ? t.tornadoWithFields : t.tornado}</caption>
          <thead><tr>{t.tornadoHead.map((h) => <th scope="col" key={h}>{h}</th>)}</tr></thead>
          <tbody>
            {tornado.value.rows.map((r) => (
              <tr key={r.parameter}>
                <th scope="row">{r.choice.path ? fieldPathText(r.choice.path, locale) : labels?.[r.parameter]?.label ?? r.parameter}</th>
                <td>{num(r.low)}</td><td>{num(r.high)}</td><td>{kr(r.npvLow)}</td><td>{kr(r.npvHigh)}</td><td>{num(r.switchingValue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {monteCarlo && mc && (
        <p>
          <strong>{t.monteCarlo(formatNumber(monteCarlo.summary!.draws, locale), monteCarlo.summarySeed)}.</strong>{' '}
          {t.mcNpv(kr(mc.npv.mean), kr(mc.npv.percentiles[0] ?? null), kr(mc.npv.percentiles.at(-1) ?? null), formatShare(mc.npv.probabilityPositive, locale))}
        </p>
      )}
    </section>
  );
}

export function ReportFollowUp() {
  const t = useTexts(reportTexts);
  const words = useResultWords();
  const report = useAppStore(selectFollowUp);
  const model = useAppStore(selectModel);
  if (!report?.ok) return null;
  const { ledgers, basis } = report.value;
  const name = (id: string) => words.ledgerName(id, model?.ledgers.find((l) => l.id === id)?.label ?? id);
  const years = (p: number | null) => (p === null ? t.none : formatYears(p, words.locale));
  return (
    <section className="report-section" aria-labelledby="report-follow-up">
      <h2 id="report-follow-up">{t.followUp}</h2>
      {basis && <p>{t.basis(basis.date, basis.intact)}</p>}
      <table className="report-table">
        <thead><tr>{t.followUpHead.map((h) => <th scope="col" key={h}>{h}</th>)}</tr></thead>
        <tbody>
          {ledgers.map((l) => (
            <tr key={l.ledger}>
              <th scope="row">{name(l.ledger)}</th>
              <td>{formatKroner(l.forecastNpv, words.locale)}</td><td>{formatKroner(l.reprojectedNpv, words.locale)}</td>
              <td>{years(l.forecastPayback)}</td><td>{years(l.reprojectedPayback)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
