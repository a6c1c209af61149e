// @vitest-environment jsdom
/**
 * What an edit computes before its figures are on the page (docs/performance.md, »Edit → painted«):
 * the checks shown beside the figures (the editor's problems, the guardrails) follow one deferred
 * render behind, and a field commit stores the very object the file format checked.
 */
import { Component, type ReactNode } from 'react';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { weakMapMemoize } from 'reselect';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, appStore, createAppStore, useAppStore, useScenarioCheck, type AppState } from '../../src/state';
import { schemaErrors } from '../../src/state/edits';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';

afterEach(cleanup);

const log: string[] = [];
const titleCheck = weakMapMemoize((scenario: ScenarioFile) => {
  log.push(`check ${scenario.title}`);
  return scenario.title;
});
const selectTitleCheck = (s: Pick<AppState, 'scenario'>) => (s.scenario ? titleCheck(s.scenario) : null);

function Figures() {
  const title = useAppStore((s) => s.scenario?.title);
  log.push(`figures ${title}`);
  return <p data-testid="figures">{title}</p>;
}

function Checked() {
  return <p data-testid="checked">{useScenarioCheck(selectTitleCheck)}</p>;
}

/** A minimal error boundary, as each feature of the page has one. */
class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) { return { error }; }
  override render() { return this.state.error ? <p data-testid="failed">{this.state.error.message}</p> : this.props.children; }
}

const retitle = (title: string) => (s: ScenarioFile) => ({ ...s, title });

describe('the checks of an edit', () => {
  it('are computed after the edit’s figures have rendered, and then shown', () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><Figures /><Checked /></AppStoreProvider>);
    log.length = 0;
    act(() => store.getState().applyEdit('test', retitle('B')));
    // Before: the check ran in the store's change (a selector subscribed to the scenario), ahead of every render.
    expect(log).toEqual(['figures B', 'check B']);
    expect(screen.getByTestId('figures').textContent).toBe('B');
    expect(screen.getByTestId('checked').textContent).toBe('B');
  });

  it('computes only the newest of several edits made before the page renders', () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><Figures /><Checked /></AppStoreProvider>);
    log.length = 0;
    act(() => {
      store.getState().applyEdit('test', retitle('C'));
      store.getState().applyEdit('test', retitle('D'));
    });
    expect(log.filter((l) => l.startsWith('check'))).toEqual(['check D']);
    expect(screen.getByTestId('checked').textContent).toBe('D');
  });

  it('a check that throws fails only where it is shown: the follower computing ahead keeps the page', () => {
    const store = createAppStore();
    const throwsOnBroken = (s: Pick<AppState, 'scenario'>) => {
      if (s.scenario?.title === 'broken') throw new RangeError('an engine defect');
      return s.scenario?.title ?? null;
    };
    function Shown() {
      return <p data-testid="shown">{useScenarioCheck(throwsOnBroken)}</p>;
    }
    render(<AppStoreProvider store={store}><Figures /><Boundary><Shown /></Boundary></AppStoreProvider>);
    act(() => store.getState().applyEdit('test', retitle('broken')));
    // Before: the follower's own render threw, outside every boundary, and React unmounted the page.
    expect(screen.getByTestId('figures').textContent).toBe('broken');
    expect(screen.getByTestId('failed').textContent).toBe('an engine defect');
  });

  it('follows the store at once where nothing follows it (a component outside the app and the provider)', () => {
    render(<Checked />);
    act(() => appStore.getState().applyEdit('test', retitle('E')));
    expect(screen.getByTestId('checked').textContent).toBe('E');
  });
});

describe('a field commit', () => {
  it('checks the edited scenario against the file format once, and stores that object', () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
    const input = document.getElementById('ed-targetGroups-0-interventions-0-costs-0-amount') as HTMLInputElement;
    const before = schemaErrors.resultsCount();
    fireEvent.change(input, { target: { value: '1.234,5' } });
    fireEvent.blur(input);
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBe(1234.5);
    // Before: the commit checked one object and then stored another made by the same edit, checked again.
    expect(schemaErrors.resultsCount() - before).toBe(1);
  });
});
