/**
 * The side panel that explains the selected figure. This shell is small and always loaded; the
 * panel itself (explain-dialog.tsx) is loaded the first time a figure is explained. It returns
 * focus to the control that opened it when it closes.
 */
import { lazy, Suspense, useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../../../state';
import { withCatalogueTexts } from '../../i18n/catalogue-names';
import { useTexts } from '../../i18n/use-texts';
import { explainTexts } from './texts';

// It shows parameters' and constants' notes in the user's language: it waits for the catalogue texts too.
const ExplainDialog = lazy(() => withCatalogueTexts(() => import('./explain-dialog'))().then((m) => ({ default: m.ExplainDialog })));

export function ExplainPanel() {
  const open = useAppStore((s) => s.explained !== null);
  const t = useTexts(explainTexts);
  const opener = useRef<HTMLElement | null>(null);
  // A layout effect runs before the panel's own effect moves focus into it, so the opener is still focused here.
  useLayoutEffect(() => {
    if (open) {
      opener.current ??= document.activeElement instanceof HTMLElement ? document.activeElement : null;
    } else if (opener.current) {
      if (opener.current.isConnected) opener.current.focus();
      opener.current = null;
    }
  }, [open]);
  if (!open) return null;
  return (
    <Suspense fallback={<aside className="explain-panel" aria-busy="true"><p>{t.loading}</p></aside>}>
      <ExplainDialog />
    </Suspense>
  );
}
