/**
 * »Hvad skal være sandt?«: choose an assumption, a ledger and a target (NPV = 0, or paid back
 * within N years) and read the value that meets it exactly. The solve is the engine's, memoised on
 * the scenario (state/selectors/sensitivity.ts); »Brug værdien« is one named, undoable edit.
 */
import { useEffect, useId, useState } from 'react';
import { TOTAL_ID, useAppStore, useAppStoreApi } from '../../../state';
import { setField } from '../../../state/edits';
import { fieldPathOf, selectBreakEven, selectFieldChoices, selectParameterChoices, type BreakEvenQuery, type ParameterChoice } from '../../../state/selectors/sensitivity';
import { fieldPathText } from '../../../format/problem-text';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { BreakEvenResult } from './break-even-result';
import { sensitivityTexts } from './texts';
import { useLedgerOptions } from './use-ledger-options';

const DEFAULT_YEARS = 5;

export function BreakEvenSection() {
  const t = useTexts(sensitivityTexts);
  const locale = useLocale();
  const id = useId();
  const store = useAppStoreApi();
  const parameterChoices = useAppStore(selectParameterChoices);
  const fieldChoices = useAppStore(selectFieldChoices);
  // Parameters first, then every number typed straight into a field (»Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb«).
  const choices: ParameterChoice[] = [...parameterChoices, ...fieldChoices.map((c) => ({ ...c, label: fieldPathText(c.path!, locale) }))];
  const ledgers = useLedgerOptions();
  const horizon = useAppStore((s) => s.scenario?.settings.horizonYears ?? 1);
  const [asked, setAsked] = useState<BreakEvenQuery>({ parameter: '', ledger: TOTAL_ID, target: 'npv', year: DEFAULT_YEARS });
  // The choices may change under the form (a parameter deleted, a shorter horizon): fall back to valid ones.
  const choice = choices.find((c) => c.name === asked.parameter) ?? choices[0];
  const query: BreakEvenQuery = {
    parameter: choice?.name ?? '',
    ledger: ledgers.some((l) => l.id === asked.ledger) ? asked.ledger : TOTAL_ID,
    target: asked.target,
    year: Math.max(1, Math.min(asked.year, horizon)),
  };
  const answer = useAppStore((s) => selectBreakEven(s, query));
  // The printed report shows the break-even last asked here.
  useEffect(() => {
    if (query.parameter) store.getState().rememberBreakEven(query);
  }, [store, query.parameter, query.ledger, query.target, query.year]);
  const isExpression = useAppStore((s) => typeof s.scenario?.parameters[query.parameter]?.value === 'string');
  if (!choice) return null;
  const set = (patch: Partial<BreakEvenQuery>) => setAsked({ ...query, ...patch });
  const fieldPath = fieldPathOf(store.getState(), choice.name);
  const apply = (value: number) => store.getState().applyEdit('useBreakEvenValue',
    (s) => setField(s, fieldPath ?? ['parameters', choice.name, 'value'], value), fieldPath ? choice.label : choice.name);
  return (
    <section className="sensitivity__section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t.breakEvenHeading}</h3>
      <p className="note">{t.breakEvenIntro}</p>
      <div className="break-even__form">
        <label className="select-label">{t.parameter}{' '}
          <select value={query.parameter} onChange={(e) => set({ parameter: e.target.value })}>
            {choices.map((c) => <option key={c.name} value={c.name}>{c.path || c.label === c.name ? c.label : `${c.label} (${c.name})`}{c.used ? '' : ` – ${t.unused}`}</option>)}
          </select>
        </label>
        <label className="select-label">{t.ledger}{' '}
          <select value={query.ledger} onChange={(e) => set({ ledger: e.target.value })}>
            {ledgers.map((l) => <option key={l.id} value={l.id}>{l.name}</option>)}
          </select>
        </label>
        <label className="select-label">{t.target}{' '}
          <select value={query.target} onChange={(e) => set({ target: e.target.value as BreakEvenQuery['target'] })}>
            <option value="npv">{t.targetNpv}</option>
            <option value="payback">{t.targetPayback}</option>
          </select>
        </label>
        {query.target === 'payback' && (
          <label className="select-label">{t.year}{' '}
            <select value={query.year} onChange={(e) => set({ year: Number(e.target.value) })}>
              {Array.from({ length: horizon }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{t.yearOption(n)}</option>)}
            </select>
          </label>
        )}
      </div>
      <div aria-live="polite">
        <BreakEvenResult answer={answer} choice={choice} isExpression={isExpression} t={t} locale={locale} onApply={apply} />
      </div>
    </section>
  );
}
