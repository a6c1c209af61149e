/** Which uncertain inputs drive the NPV's spread: their rank correlation with it, strongest first, with a bar for the eye. */
import type { KeySummary } from '../../../engine';
import type { ScenarioFile } from '../../../io/scenario-schema';
import { formatNumber } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectUnusedParameterNames } from '../../../state/selectors/sensitivity';
import { useMonteCarloWords } from './use-words';

export function DriversTable({ summary, ledger, scenario }: { summary: KeySummary; ledger: string; scenario: ScenarioFile | null }) {
  const { t, locale, ledgerName } = useMonteCarloWords();
  const unused = useAppStore(selectUnusedParameterNames);
  return (
    <section className="mc-drivers" aria-labelledby="mc-drivers-heading">
      <h4 id="mc-drivers-heading">{t.driversHeading(ledgerName(ledger))}</h4>
      <table className="mc-table">
        <caption>{t.driversCaption}</caption>
        <thead><tr><th scope="col">{t.parameter}</th><th scope="col">{t.correlation}</th></tr></thead>
        <tbody>
          {summary.drivers.map(({ parameter, correlation }) => {
            const label = scenario?.parameters[parameter]?.label;
            const width = Number.isFinite(correlation) ? Math.abs(correlation) * 100 : 0;
            return (
              <tr key={parameter}>
                <th scope="row"><code>{parameter}</code>{label ? ` – ${label}` : ''}{unused.has(parameter) ? ` (${t.unused})` : ''}</th>
                <td className="mc-driver">
                  <span className={`mc-driver__bar${correlation < 0 ? ' is-negative' : ''}`} style={{ width: `${(width * 0.08).toFixed(2)}rem` }} aria-hidden="true" />
                  <span>{Number.isFinite(correlation) ? formatNumber(correlation, locale, 2) : '–'}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
