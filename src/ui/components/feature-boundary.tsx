/**
 * A feature that throws (an edit the engine cannot compute, say) must not blank the page: each
 * feature sits in its own boundary, which shows what happened and a way back — undo the last edit,
 * or try again. The boundary resets by itself when the scenario changes (after an undo, or when
 * another document is opened), so the feature comes back as soon as the document computes again;
 * and when the checks catch up with it (they follow an edit once the browser is idle, so a feature
 * that shows a check can fail on the previous scenario's checks after the scenario has changed).
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useAppStore, useAppStoreApi, useScenarioCheck, type AppState } from '../../state';
import { useTexts, type Texts } from '../i18n/use-texts';

/** The scenario whose checks are shown (it follows the store's; see useScenarioCheck). */
const checkedScenario = (s: Pick<AppState, 'scenario'>) => s.scenario;

const da = {
  failed: 'Denne del af siden kunne ikke vises',
  why: 'Den seneste ændring kunne ikke beregnes. Resten af siden virker, og dit gemte arbejde er uændret.',
  undo: 'Fortryd seneste ændring',
  retry: 'Prøv igen',
  detail: 'Teknisk besked:',
};
const texts: Texts<typeof da> = {
  da,
  en: {
    failed: 'This part of the page could not be shown',
    why: 'The last change could not be computed. The rest of the page works, and your saved work is unchanged.',
    undo: 'Undo the last change',
    retry: 'Try again',
    detail: 'Technical message:',
  },
};

interface BoundaryProps { resetKey: readonly unknown[]; fallback: (error: Error, reset: () => void) => ReactNode; children: ReactNode }
interface BoundaryState { error: Error | null; key: readonly unknown[] }

const sameKeys = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((k, i) => k === b[i]);

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return sameKeys(props.resetKey, state.key) ? null : { error: null, key: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Afkast: a feature failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.error ? this.props.fallback(this.state.error, () => this.setState({ error: null })) : this.props.children;
  }
}

function Fallback({ error, reset }: { error: Error; reset: () => void }) {
  const t = useTexts(texts);
  const store = useAppStoreApi();
  const canUndo = useAppStore(() => store.temporal.getState().pastStates.length > 0);
  return (
    <section className="feature-failed" role="alert">
      <h2>{t.failed}</h2>
      <p>{t.why}</p>
      <p>{t.detail} <code>{error.message.slice(0, 300)}</code></p>
      <div className="feature-failed__actions">
        {canUndo && <button type="button" onClick={() => store.temporal.getState().undo()}>{t.undo}</button>}
        <button type="button" onClick={reset}>{t.retry}</button>
      </div>
    </section>
  );
}

export function FeatureBoundary({ children }: { children: ReactNode }) {
  const scenario = useAppStore((s) => s.scenario);
  const checked = useScenarioCheck(checkedScenario);
  return <Boundary resetKey={[scenario, checked]} fallback={(error, reset) => <Fallback error={error} reset={reset} />}>{children}</Boundary>;
}
