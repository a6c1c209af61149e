// @vitest-environment jsdom
/**
 * The Opfølgning tab on the worked example (scenarios/opfoelgning-mentor.json): forecast beside
 * re-projection per ledger (840.000 → −76.800 kr. in total), each realised figure beside its forecast
 * with 3 of 6 flagged outside the stated range, the charts (loaded lazily) described in words, and the
 * frozen decision basis with its date and hash.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/state/examples';
import { renderApp } from './render-app';

afterEach(cleanup);

const example = EXAMPLES.find((e) => e.id === 'opfoelgning-mentor')!;

describe('the follow-up tab', () => {
  it('shows forecast vs realised as tables and charts, flags the deviations and the decision basis', { timeout: 30000 }, async () => {
    renderApp(example);
    fireEvent.click(screen.getByRole('tab', { name: 'Opfølgning og advarsler' }));
    const ledgers = await screen.findByRole('table', { name: 'Prognose og genberegning' }, { timeout: 15000 });
    const total = within(ledgers).getByRole('row', { name: /^I alt/ });
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['840.000 kr.', '−76.800 kr.', '2,83 år', 'ikke inden for horisonten']);
    const deviations = screen.getByRole('table', { name: 'Prognose mod realiseret' });
    expect(deviations.querySelectorAll('tbody tr[data-outside=true]')).toHaveLength(3);
    expect(screen.getByTestId('follow-up-outside').textContent).toBe('3 af 6 realiserede tal ligger uden for det spænd, casen angav.');
    const cost1 = within(deviations).getAllByRole('row').find((r) => r.textContent!.includes('400.000 kr.'))!;
    expect(cost1.textContent).toContain('432.000 kr. – 528.000 kr.');
    expect(await screen.findByRole('img', { name: /^Linjediagram over årene: akkumuleret netto for/ }, { timeout: 15000 })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Job: 12 måneder: observeret 35,0 %, prognose 40,0 %; 18 måneder: observeret 33,0 %, prognose 40,0 %, uden for det angivne spænd/ })).toBeTruthy();
    expect(screen.getByTestId('decision-basis').textContent).toMatch(/fastfrosset 2025-01-15, SHA-256 [0-9a-f]{64}/);
    expect(screen.queryByRole('button', { name: 'Frys beslutningsgrundlag' })).toBeNull(); // frozen once, never overwritten
  });
});
