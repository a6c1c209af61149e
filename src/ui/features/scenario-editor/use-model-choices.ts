/** Choices the model offers: ledgers, their departments, categories and support states (labels from the catalogue). */
import { useMemo } from 'react';
import { selectModel, useAppStore } from '../../../state';
import { useCatalogueNames } from '../../i18n/catalogue-names';
import type { Choice } from './select-field';

export interface ModelChoices {
  ledgers: Choice[];
  departments: (ledger: string | undefined) => Choice[];
  categories: Choice[];
  states: Choice[];
}

export function useModelChoices(): ModelChoices {
  const model = useAppStore(selectModel);
  const names = useCatalogueNames();
  return useMemo(() => ({
    ledgers: (model?.ledgers ?? []).map((l) => ({ value: l.id, label: names(`ledgers.${l.id}`, l.label) })),
    departments: (ledger) => (model?.ledgers.find((l) => l.id === ledger)?.departments ?? [])
      .map((d) => ({ value: d.id, label: names(`ledgers.${ledger}.departments.${d.id}`, d.label) })),
    categories: (model?.categories ?? []).map((c) => ({ value: c.id, label: names(`categories.${c.id}`, c.label) })),
    states: Object.entries(model?.states ?? {}).map(([id, s]) => ({ value: id, label: names(`states.${id}`, s.label) })),
  }), [model, names]);
}
