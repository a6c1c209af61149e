/**
 * Whether an element is on screen (IntersectionObserver), so a heavy view below the fold can skip
 * re-rendering on every edit and catch up when it is scrolled into view. Where the browser has no
 * IntersectionObserver (jsdom in tests) it always counts as on screen.
 */
import { useEffect, useState } from 'react';

/** Returns a ref callback for the element to watch, and whether it is (within `margin` of being) on screen. */
export function useInView(margin = '200px'): [(element: Element | null) => void, boolean] {
  const [element, setElement] = useState<Element | null>(null);
  const [inView, setInView] = useState(true);
  useEffect(() => {
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setInView(entry?.isIntersecting ?? true), { rootMargin: margin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin]);
  return [setElement, inView];
}

/** The value while `live`; otherwise the last value seen while live (a frozen view off screen). */
export function useHeldWhile<T>(value: T, live: boolean): T {
  const [held, setHeld] = useState(value);
  useEffect(() => { if (live && held !== value) setHeld(value); }, [live, value, held]);
  return live ? value : held;
}
