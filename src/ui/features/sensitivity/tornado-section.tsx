/** One-way sensitivity of the NPV of a ledger or the total: the tornado chart and its table. */
import { useId, useState } from 'react';
import { TOTAL_ID, useAppStore } from '../../../state';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { sensitivityTexts } from './texts';
import { TornadoChart } from './tornado-chart';
import { TornadoTable } from './tornado-table';
import { useLedgerOptions } from './use-ledger-options';
import { useTornado } from './use-tornado';

export function TornadoSection() {
  const t = useTexts(sensitivityTexts);
  const locale = useLocale();
  const id = useId();
  const ledgers = useLedgerOptions();
  const [asked, setAsked] = useState(TOTAL_ID);
  // Numbers typed straight into the case's fields (each ±20 %) beside the parameters: off by default,
  // one solve more per field. In the view state, so the printed report shows the same tornado.
  const fields = useAppStore((s) => s.tornadoFields);
  const setFields = useAppStore((s) => s.setTornadoFields);
  const ledger = ledgers.some((l) => l.id === asked) ? asked : TOTAL_ID;
  const { answer, computing } = useTornado(ledger, fields);
  const ledgerName = ledgers.find((l) => l.id === ledger)?.name ?? ledger;
  return (
    <section className="sensitivity__section" aria-labelledby={`${id}-heading`} aria-busy={computing}>
      <h3 id={`${id}-heading`}>{t.tornadoHeading}</h3>
      <p className="note">{t.tornadoIntro}</p>
      <label className="select-label">{t.ledger}{' '}
        <select value={ledger} onChange={(e) => setAsked(e.target.value)}>
          {ledgers.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
        </select>
      </label>
      <label className="check-label sensitivity__fields">
        <input type="checkbox" checked={fields} onChange={(e) => setFields(e.target.checked)} />{' '}{t.tornadoFields}
      </label>
      <p className="sensitivity__status" role="status">{computing ? t.computing : ''}</p>
      {answer && !answer.ok && <p className="note">{t.cannotSolve}: {answer.message}</p>}
      {answer?.ok && (
        <div className={computing ? 'is-stale' : undefined}>
          <TornadoChart view={answer.value} ledgerName={ledgerName} t={t} locale={locale} />
          <TornadoTable view={answer.value} ledgerName={ledgerName} t={t} locale={locale} />
          <p className="note">{t.tornadoUnitNote(t.tornadoUnit[answer.value.scale])}</p>
        </div>
      )}
    </section>
  );
}
