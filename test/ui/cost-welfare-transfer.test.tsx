// @vitest-environment jsdom
/**
 * The cost form's welfare choice (CostItem.welfare): a cost is resource use (× NAF) unless marked as a
 * transfer to a firm (an employer subsidy), which the welfare view counts 0. The voksenlærling example's
 * subsidy comes marked; choosing »Ressourceforbrug« removes the mark, one undoable edit.
 */
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { EXAMPLES } from '../../src/state/examples';
import { renderApp } from './render-app';

afterEach(cleanup);

/** The first cost of the first intervention of the first target group. */
const firstCost = (scenario: ScenarioFile | null) => scenario!.targetGroups[0]!.interventions[0]!.costs[0]!;

describe('the welfare choice on a cost', () => {
  it('shows the voksenlærling subsidy as a transfer to a firm and can set it back to resource use', () => {
    const { store } = renderApp(EXAMPLES.find((e) => e.id === 'voksenlaerling')!);
    const cost = () => firstCost(store.getState().scenario);
    expect(cost().welfare).toBe('transfer');
    const select = screen.getAllByLabelText('I den velfærdsøkonomiske opgørelse')[0] as HTMLSelectElement;
    expect(select.value).toBe('transfer');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Ressourceforbrug (× NAF)', 'Overførsel til virksomhed (tilskud)']);
    fireEvent.change(select, { target: { value: '' } });
    expect(cost().welfare).toBeUndefined();
    store.temporal.getState().undo();
    expect(cost().welfare).toBe('transfer');
  });

  it('marks a new cost as a transfer when chosen', () => {
    const { store } = renderApp();
    const cost = () => firstCost(store.getState().scenario);
    expect(cost().welfare).toBeUndefined();
    fireEvent.change(screen.getAllByLabelText('I den velfærdsøkonomiske opgørelse')[0]!, { target: { value: 'transfer' } });
    expect(cost().welfare).toBe('transfer');
  });
});
