/**
 * The results of the open scenario: the summary sentence, key figures, the years × ledgers table
 * with its view toggles, the cumulative chart and the flows by category (loaded lazily), or the
 * problems that stop the scenario from loading or computing.
 */
import { lazy, Suspense } from 'react';
import { selectRun, useAppStore } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { Caveats } from '../scenario/caveats';
import { ProblemList } from '../scenario/problem-list';
import { scenarioTexts } from '../scenario/texts';
import { KeyFigures } from './key-figures';
import { LedgerTable } from './ledger-table';
import { NetChart } from './net-chart';
import { useResultWords } from './use-result-words';
import { ViewToggles } from './view-toggles';

// The export menu, and all it loads, stays out of the first load.
const ExportMenu = lazy(() => import('./export-menu').then((m) => ({ default: m.ExportMenu })));
const CategoryChart = lazy(() => import('./category-chart').then((m) => ({ default: m.CategoryChart })));

export function ResultsView() {
  const loadErrors = useAppStore((s) => s.loadErrors);
  const clearLoadErrors = useAppStore((s) => s.clearLoadErrors);
  const run = useAppStore(selectRun);
  const { t } = useResultWords();
  const problems = useTexts(scenarioTexts);
  if (loadErrors.length > 0 && !run?.ok) return <ProblemList title={problems.notLoaded} problems={loadErrors} />;
  if (!run) return null;
  if (!run.ok) return <ProblemList title={problems.notComputed} problems={run.errors} />;
  return (
    <>
      {loadErrors.length > 0 && <ProblemList title={problems.notOpened} problems={loadErrors} onClose={clearLoadErrors} closeLabel={problems.close} />}
      <KeyFigures />
      <section className="panel" aria-labelledby="table-heading">
        <div className="panel__head">
          <h2 id="table-heading">{t.tableHeading}</h2>
          <ViewToggles />
          <Suspense fallback={null}><ExportMenu /></Suspense>
        </div>
        <LedgerTable />
      </section>
      <div className="two-column">
        <NetChart />
        <Caveats />
      </div>
      <Suspense fallback={null}>
        <CategoryChart />
      </Suspense>
    </>
  );
}
