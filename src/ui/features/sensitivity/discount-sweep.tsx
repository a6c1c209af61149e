/** The NPV per ledger and in total under each of the model's discount presets; the scenario's own marked. */
import { useId } from 'react';
import { formatKroner } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectDiscountSweep } from '../../../state/selectors/sensitivity';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { sensitivityTexts } from './texts';
import { useLedgerOptions } from './use-ledger-options';

export function DiscountSweep() {
  const t = useTexts(sensitivityTexts);
  const locale = useLocale();
  const id = useId();
  const sweep = useAppStore(selectDiscountSweep);
  const ledgers = useLedgerOptions();
  if (!sweep) return null;
  const name = (ledger: string) => ledgers.find((l) => l.id === ledger)?.name ?? ledger;
  return (
    <section className="sensitivity__section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.sweepHeading}</h3>
      {!sweep.ok ? <p className="note">{t.cannotSolve}: {sweep.message}</p> : (
        <>
          <div className="table-scroll">
            <table className="sensitivity-table">
              <caption>{t.sweepCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.preset}</th>
                  {sweep.value.columns.map((c) => <th scope="col" key={c}>{name(c)}</th>)}
                </tr>
              </thead>
              <tbody>
                {sweep.value.rows.map((row) => (
                  <tr key={row.preset} className={row.isScenarios ? 'is-current' : undefined} aria-current={row.isScenarios || undefined}>
                    <th scope="row">{row.label}{row.isScenarios && <strong className="badge sensitivity__own">{t.scenarios}</strong>}</th>
                    {sweep.value.columns.map((c) => {
                      const v = row.npv[c] ?? 0;
                      return <td key={c} className={v < 0 ? 'is-negative' : undefined}>{formatKroner(v, locale)}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {sweep.value.customBands && <p className="note">{t.customBands}</p>}
        </>
      )}
    </section>
  );
}
