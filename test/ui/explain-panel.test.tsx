// @vitest-environment jsdom
/**
 * Explaining a figure: every number in the table opens a panel that shows how it was computed.
 * Worked by hand from the IPS file (scenarios/ips-inklusion.json) and docs/reference-case-ips.md §3–4.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ipsWithParticipants, renderApp } from './render-app';

afterEach(cleanup);

function cell(name: RegExp) {
  return screen.getByRole('button', { name });
}

describe('the explanation panel', () => {
  it('opens from a table cell and shows the cost item, the effect and their sum: kommune, year 2, cumulative', async () => {
    renderApp();
    fireEvent.click(cell(/^−65\.143 – Forklar: Kommune, År 2$/));
    const dialog = await screen.findByRole('dialog', { name: /Sådan er tallet beregnet: Kommune, År 2/ }, { timeout: 5000 });
    // Cost: 18 months × 55.000 / 12 = 82.500; gain: 6 months × 34.713,87 / 12 = 17.356,94; sum −65.143,06.
    const lines = within(dialog).getByRole('table');
    const item = within(lines).getByRole('rowheader', { name: /IPS-forløb/ }).closest('tr')!;
    expect(within(item).getAllByRole('cell').at(-1)!.textContent).toBe('−82.500 kr.');
    expect(item.textContent).toContain('Målgruppe 1 › Indsats 1 › Udgift 1');
    const effect = within(lines).getByRole('rowheader', { name: /Tilbage på arbejdsmarkedet/ }).closest('tr')!;
    expect(within(effect).getAllByRole('cell').at(-1)!.textContent).toBe('17.357 kr.');
    expect(within(dialog).getByText('−65.143 kr.', { selector: 'strong' })).toBeTruthy();
  });

  it('lists the parameters behind the figure with value, source and note', async () => {
    renderApp();
    fireEvent.click(cell(/^−55\.000 – Forklar: Kommune, År 1$/));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    const cost = within(dialog).getByText('IPS-forløb, udgift pr. deltager pr. år').closest('li')!;
    expect(cost.textContent).toContain('55.000 kr. pr. person pr. år');
    // The example's source and note are the IPS template's own: shown in Danish (models/dk/texts.da.json).
    expect(cost.textContent).toContain('Kilde: CEBR (2015) i Ekspertgruppen (2015), Boks 6.11');
    expect(cost.textContent).toContain('Note: Betales af kommunen; prisåret er ikke oplyst i kilden.');
    expect(cost.textContent).toContain('parameter i scenariet');
    expect(within(dialog).getByText('Forløbets varighed').closest('li')!.textContent).toContain('18 måneder');
  });

  it('follows the view: in total for 100 participants year 1 is −5.500.000 kr., per participant −55.000 kr.', async () => {
    renderApp(ipsWithParticipants(100));
    fireEvent.click(screen.getByRole('button', { name: 'I alt' }));
    fireEvent.click(cell(/^−5\.500\.000 – Forklar: Kommune, År 1$/));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    expect(within(dialog).getByText('−5.500.000 kr.', { selector: 'strong' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Pr. deltager' }));
    expect(within(dialog).getByText('−55.000 kr.', { selector: 'strong' })).toBeTruthy();
    expect(dialog.textContent).toContain('delt med 100 deltagere');
  });

  it('takes focus when it opens, closes with Escape and gives focus back to the cell', async () => {
    renderApp();
    const button = cell(/^4\.285 – Forklar: Kommune, År 4$/);
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes with its labelled close button', async () => {
    renderApp();
    fireEvent.click(cell(/^−54\.109 – Forklar: Netto, År 2$/));
    const dialog = await screen.findByRole('dialog', { name: /Netto, År 2/ }, { timeout: 5000 });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Luk forklaringen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
