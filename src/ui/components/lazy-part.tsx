/**
 * A part of the page that is not needed to show the first result (the editor, the analysis tabs,
 * the library's popovers): its code is a chunk of its own, fetched after the first paint, so the
 * first load stays small (docs/performance.md, "First load"). Until it arrives the part shows its
 * fallback, which keeps the layout where the part will be.
 *
 * `preload()` fetches the chunk ahead of use; once it has arrived the part renders at once, with
 * no Suspense round (the component tests preload every part, so they render the page in one go).
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

export interface LazyPart<P extends object> {
  (props: P): ReactNode;
  preload: () => Promise<void>;
}

const parts: LazyPart<never>[] = [];
const others: (() => Promise<unknown>)[] = [];

/** Something else the page fetches with the lazy parts after the first paint (the catalogue texts, src/ui/i18n/catalogue-names.ts). */
export function preloadAfterPaint(load: () => Promise<unknown>): void {
  others.push(load);
}

export function lazyPart<P extends object, M>(
  load: () => Promise<M>, pick: (module: M) => ComponentType<P>, fallback: ReactNode = null,
): LazyPart<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  const preload = () => (pending ??= load().then((module) => { loaded = pick(module); }));
  const Lazy = lazy(() => preload().then(() => ({ default: loaded! })));
  const Part = (props: P): ReactNode => {
    const Loaded = loaded;
    if (Loaded) return <Loaded {...props} />;
    return <Suspense fallback={fallback}><Lazy {...props} /></Suspense>;
  };
  Part.preload = preload;
  parts.push(Part as LazyPart<never>);
  return Part;
}

/** Fetches every lazy part declared so far, and what preloadAfterPaint named (tests; and the page, once it is idle after the first paint). */
export function preloadLazyParts(): Promise<void> {
  return Promise.all([...parts.map((part) => part.preload()), ...others.map((load) => load())]).then(() => undefined);
}
