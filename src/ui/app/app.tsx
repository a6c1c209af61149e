/**
 * The page: a masthead with the library toolbar (new, open, save, share, undo, language), the
 * editor beside the results, and the explanation of a selected figure. Each region is a feature.
 */
import { selectRun, useAppStore } from '../../state';
import { KeyFigures } from '../features/results/key-figures';
import { LedgerTable } from '../features/results/ledger-table';
import { NetChart } from '../features/results/net-chart';
import { ResultsFooter } from '../features/results/results-footer';
import { ViewToggles } from '../features/results/view-toggles';
import { Caveats } from '../features/scenario/caveats';
import { ProblemList } from '../features/scenario/problem-list';
import { ScenarioHeader } from '../features/scenario/scenario-header';
import { EditorPanel } from '../features/scenario-editor/editor-panel';
import { ExplainPanel } from '../features/explain/explain-panel';
import { LibraryToolbar } from '../features/library/library-toolbar';

function Results() {
  const loadErrors = useAppStore((s) => s.loadErrors);
  const run = useAppStore(selectRun);
  if (loadErrors.length > 0) return <ProblemList title="Scenariet kunne ikke indlæses" problems={loadErrors} />;
  if (!run) return null;
  if (!run.ok) return <ProblemList title="Scenariet kunne ikke beregnes" problems={run.errors} />;
  return (
    <>
      <KeyFigures />
      <section className="panel" aria-labelledby="table-heading">
        <div className="panel__head">
          <h2 id="table-heading">Resultat år for år</h2>
          <ViewToggles />
        </div>
        <LedgerTable />
      </section>
      <div className="two-column">
        <NetChart />
        <Caveats />
      </div>
    </>
  );
}

export function App() {
  return (
    <div className="page">
      <div className="masthead">
        <span className="masthead__brand">Afkast</span>
        <span className="masthead__tagline">Hvem betaler, hvem får gevinsten – og hvornår</span>
        <LibraryToolbar />
      </div>
      <div className="workspace">
        <EditorPanel />
        <main className="content">
          <ScenarioHeader />
          <Results />
        </main>
        <ExplainPanel />
      </div>
      <ResultsFooter />
    </div>
  );
}
