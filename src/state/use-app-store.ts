/** The React hook over the vanilla store; a context lets tests render with a store of their own. */
import { createContext, createElement, startTransition, useContext, useDeferredValue, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { appStore, type AppState, type AppStore } from './app-store';

const StoreContext = createContext<AppStore>(appStore);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children, createElement(ChecksFollower));
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useContext(StoreContext), selector);
}

/** The store itself, for undo/redo (store.temporal) and for actions outside render. */
export function useAppStoreApi(): AppStore {
  return useContext(StoreContext);
}

/**
 * The checks of a scenario (the file format's problems in the editor, the guardrails): what the
 * page shows beside the figures, but not the figures. On the large synthetic portfolio they cost
 * 20–35 ms per edit (a schema parse of the whole file and the guardrail walk), so they are not
 * computed on the way from an edit to its painted table and chart: `ChecksFollower` follows the
 * store's scenario, waits until the browser is idle after the edit (requestIdleCallback, at most
 * IDLE_TIMEOUT_MS; the figures have been painted by then), computes every check in a transition
 * render and only then hands the scenario to the components that show the checks. They show the
 * previous scenario's checks until then; edits made meanwhile are checked once, as the newest.
 * Where the browser has no requestIdleCallback (and in component tests, under act()), the checks
 * follow one deferred render (useDeferredValue) behind the edit's own.
 */
export type ScenarioCheck<C> = (state: Pick<AppState, 'scenario'>) => C;

interface Checked {
  store: StoreApi<Pick<AppState, 'scenario'>>;
  /** The checks in use (module-level memoised selectors), computed ahead in the deferred render. */
  checks: Set<ScenarioCheck<unknown>>;
  /** Mounted followers; with none (a component rendered without the app or the provider), it follows the store at once. */
  followers: number;
}

const checkedStores = new WeakMap<AppStore, Checked>();

function checkedOf(app: AppStore): Checked {
  let checked = checkedStores.get(app);
  if (!checked) {
    const own: Checked = { store: createStore(() => ({ scenario: app.getState().scenario })), checks: new Set(), followers: 0 };
    app.subscribe((s) => {
      if (own.followers === 0 && own.store.getState().scenario !== s.scenario) own.store.setState({ scenario: s.scenario });
    });
    checkedStores.set(app, own);
    checked = own;
  }
  return checked;
}

/**
 * A check of the scenario whose checks are shown (see above), and what a component picks from it.
 * `check` must be a memoised module-level selector (it is computed ahead, once per scenario);
 * `pick` may be an inline function, compared as zustand compares a selector's result.
 */
export function useScenarioCheck<C, T = C>(check: ScenarioCheck<C>, pick?: (result: C) => T): T {
  const checked = checkedOf(useContext(StoreContext));
  checked.checks.add(check);
  return useStore(checked.store, (s) => (pick ? pick(check(s)) : check(s) as unknown as T));
}

/** How long the checks wait for an idle moment at most, after an edit. */
export const IDLE_TIMEOUT_MS = 300;

const HAS_IDLE = typeof requestIdleCallback === 'function';

/**
 * Follows the store's scenario (when the browser is idle, see above) and publishes it to the
 * checks' store once every check has been computed for it. Mounted by the app and by AppStoreProvider.
 */
export function ChecksFollower(): null {
  const app = useContext(StoreContext);
  const checked = checkedOf(app);
  const deferred = useDeferredValue(useStore(app, (s) => s.scenario));
  const [idle, setIdle] = useState(deferred);
  const latest = useRef(deferred);
  const pending = useRef<number | null>(null);
  latest.current = deferred;
  const scenario = HAS_IDLE ? idle : deferred;
  // Computing ahead is only a warm-up of the memoised checks: a check that throws (an engine defect)
  // must not take the page down from here, outside every boundary. The component that shows it
  // calls it again in its own render, inside its feature's boundary, and fails there alone.
  for (const check of checked.checks) {
    try { check({ scenario }); } catch { /* shown by the component's own boundary */ }
  }
  useEffect(() => {
    if (!HAS_IDLE || idle === deferred || pending.current !== null) return;
    pending.current = requestIdleCallback(() => {
      pending.current = null;
      startTransition(() => setIdle(latest.current));
    }, { timeout: IDLE_TIMEOUT_MS });
  });
  useEffect(() => () => {
    if (pending.current !== null) cancelIdleCallback(pending.current);
    pending.current = null;
  }, []);
  useLayoutEffect(() => {
    checked.followers += 1;
    return () => {
      checked.followers -= 1;
      if (checked.followers === 0) checked.store.setState({ scenario: app.getState().scenario });
    };
  }, [app, checked]);
  useLayoutEffect(() => {
    if (checked.store.getState().scenario !== scenario) checked.store.setState({ scenario });
  }, [checked, scenario]);
  return null;
}
