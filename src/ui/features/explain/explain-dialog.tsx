/**
 * How one figure was computed (docs/semantics.md, "Every figure can be explained"): its value in the
 * view's terms, the lines that add up to it, and the parameters and catalogue values behind them
 * with their sources. A non-modal dialog: Escape closes it, focus moves to it when it opens.
 */
import { useEffect, useRef } from 'react';
import { formatKroner } from '../../../format/numbers';
import { useAppStore } from '../../../state';
import { selectExplanation } from '../../../state/selectors/explain';
import { selectModel, selectViewSeries } from '../../../state/selectors/view';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { useResultWords } from '../results/use-result-words';
import { ContributionTable } from './contribution-table';
import { DependencyList } from './dependency-list';
import { explainTexts } from './texts';

export function ExplainDialog() {
  const figure = useAppStore(selectExplanation);
  const view = useAppStore(selectViewSeries);
  const model = useAppStore(selectModel);
  const close = useAppStore((s) => s.explainFigure);
  const t = useTexts(explainTexts);
  const locale = useLocale();
  const words = useResultWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const selection = figure?.selection;

  useEffect(() => { heading.current?.focus(); }, [selection]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close(null); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [close]);

  if (!figure || !view) return null;
  const row = view.rows.find((r) => r.id === figure.selection.ledger);
  let ledger = words.ledgerName(figure.selection.ledger, row?.label ?? figure.selection.ledger);
  const dept = figure.selection.department;
  if (dept != null) {
    const label = model?.ledgers.find((l) => l.id === figure.selection.ledger)?.departments?.find((d) => d.id === dept)?.label;
    ledger += ` – ${dept === '-' ? words.t.noDepartment : words.departmentName(figure.selection.ledger, dept, label ?? dept)}`;
  }
  const year = view.projection.years[figure.selection.year - 1]!;
  return (
    <aside className="explain-panel" role="dialog" aria-modal="false" aria-labelledby="explain-heading">
      <div className="explain-panel__head">
        <h2 id="explain-heading" ref={heading} tabIndex={-1}>
          {t.heading}: {t.figure(ledger, words.yearLabel(year))}
        </h2>
        <button type="button" className="button" onClick={() => close(null)}>{t.close}</button>
      </div>
      <p className="explain-panel__value">
        <strong>{formatKroner(figure.value, locale)}</strong>{' '}
        <span>{[t.measures[figure.measure], t.scales[figure.scale], t.valuations[figure.valuation]].join(', ')}</span>
      </p>
      {figure.scale !== 'total' && <p className="note">{t.perParticipantNote(figure.participants)}</p>}
      <ContributionTable figure={figure} />
      <DependencyList dependencies={figure.dependencies} />
      <p className="note">{t.closeHint}</p>
    </aside>
  );
}
