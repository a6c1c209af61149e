/** Choices the model offers: ledgers, their departments, categories and support states (labels from the catalogue). */
import { useMemo } from 'react';
import { selectModel, useAppStore } from '../../../state';
import type { Choice } from './select-field';

export interface ModelChoices {
  ledgers: Choice[];
  departments: (ledger: string | undefined) => Choice[];
  categories: Choice[];
  states: Choice[];
}

export function useModelChoices(): ModelChoices {
  const model = useAppStore(selectModel);
  return useMemo(() => ({
    ledgers: (model?.ledgers ?? []).map((l) => ({ value: l.id, label: l.label })),
    departments: (ledger) => (model?.ledgers.find((l) => l.id === ledger)?.departments ?? []).map((d) => ({ value: d.id, label: d.label })),
    categories: (model?.categories ?? []).map((c) => ({ value: c.id, label: c.label })),
    states: Object.entries(model?.states ?? {}).map(([id, s]) => ({ value: id, label: s.label })),
  }), [model]);
}
