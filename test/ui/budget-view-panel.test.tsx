// @vitest-environment jsdom
/**
 * The Budgetvisning tab on the mentor example (first year 2027, 2015 prices): the budget year and the
 * overslagsår as calendar years, the price level stated, and the mentor cost as service inside the
 * serviceramme for Beskæftigelse: 100 deltagere × 2.600 kr./md. × 8 md. × (1 − 50 % refusion) =
 * −1.040.000 kr. in 2015 prices, × I(2027)/I(2015) of the catalogue's index.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectBudgetView } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { formatKroner } from '../../src/format/numbers';
import { renderApp } from './render-app';

afterEach(cleanup);

describe('the budget view tab', () => {
  it('shows the kommune per forvaltning for 2027–2030 with the service it pays inside the serviceramme', async () => {
    const { store } = renderApp(EXAMPLES.find((e) => e.id === 'mentor-uddannelseshjaelp')!);
    fireEvent.click(screen.getByRole('tab', { name: 'Budgetvisning' }));
    const table = await screen.findByRole('table', { name: 'Budgetvisning: Kommune' }, { timeout: 15_000 });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Forvaltning', '2027budgetår', '2028overslagsår 1', '2029overslagsår 2', '2030overslagsår 3']);
    const view = selectBudgetView(store.getState());
    if (!view?.ok || view.value.priceLevel.kind !== 'repriced') throw new Error('expected a re-priced view');
    const factor = view.value.priceLevel.factor;
    expect(screen.getByText(/^I 2027-priser: casens 2015-beløb ×/)).toBeTruthy();
    const service = within(table).getAllByRole('rowheader', { name: 'Service inden for servicerammen' })[0]!.closest('tr')!;
    expect(within(service).getAllByRole('cell')[0]!.textContent).toBe(formatKroner(-1_040_000 * factor));
  });
});

describe('the budget flags in the editor', () => {
  it('marks a cost outside the serviceramme and a gain as not bankable, each one undoable edit', () => {
    const { store } = renderApp();
    fireEvent.change(screen.getAllByLabelText('Servicerammen')[0]!, { target: { value: 'outside' } });
    const intervention = () => store.getState().scenario!.targetGroups[0]!.interventions[0]!;
    const cost = () => intervention().costs[0]!;
    /** The first booking of the first outcome (the IPS example's outcome is a direct value). */
    const firstLine = () => {
      const value = intervention().outcomes[0]!.value;
      if (value.type !== 'direct') throw new Error('expected a direct outcome value');
      return value.perPersonYear[0]!;
    };
    expect(cost().serviceFrame).toBe('outside');
    fireEvent.change(screen.getAllByLabelText('Kan hjemtages')[0]!, { target: { value: 'no' } });
    const line = firstLine();
    expect(line.bankable).toBe(false);
    store.temporal.getState().undo();
    expect(firstLine().bankable).toBeUndefined();
    expect(cost().serviceFrame).toBe('outside');
  });
});
