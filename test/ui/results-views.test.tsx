// @vitest-environment jsdom
/**
 * The results' views beyond Tabel 6.4: discounted figures, the department breakdown, the summary
 * sentence, the payback points and the flows by category. Expected values are worked by hand from
 * docs/reference-case-ips.md §3–5 (kommune: cost 55.000 kr./år for 18 months; gain 34.713,87 kr./år from month 18).
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScenarioFile } from '../../src/io/scenario-schema';
import { IPS_EXAMPLE, type Example } from '../../src/state';
import { renderApp } from './render-app';

// A test that switches to English must not leave the next one in English (the language is kept in localStorage).
afterEach(() => { cleanup(); localStorage.clear(); });

function rowCells(rowHeader: string): string[] {
  const row = within(screen.getByRole('table', { name: /nettoresultat/ })).getByRole('rowheader', { name: rowHeader }).closest('tr')!;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

/** The IPS example with `edit` applied; the edits keep the file valid, so it is edited as a ScenarioFile. */
function ipsWith(edit: (json: ScenarioFile) => void): Example {
  const json = structuredClone(IPS_EXAMPLE.json) as ScenarioFile;
  edit(json);
  return { ...IPS_EXAMPLE, json };
}

const ipsAt35 = () => ipsWith((j) => { j.settings.discount = { preset: 'fm-2021' }; });

describe('the results views', () => {
  it('discounts at 3,5 % when the discounted view is chosen: kommune year 2 −10.143 / 1,035 = −9.800, year 3 34.714 / 1,035² = 32.406', () => {
    renderApp(ipsAt35());
    fireEvent.click(screen.getByRole('button', { name: 'Årligt' }));
    expect(rowCells('Kommune').slice(0, 3)).toEqual(['−55.000', '−10.143', '34.714']);
    fireEvent.click(screen.getByRole('button', { name: 'Diskonteret' }));
    expect(screen.getByRole('table', { name: /Årligt nettoresultat pr\. deltager, kr\. \(diskonteret\)/ })).toBeTruthy();
    // Year 1 is the base year (factor 1). −10.143,07 / 1,035 = −9.800,06; 34.713,87 / 1,071225 = 32.405,77.
    expect(rowCells('Kommune').slice(0, 3)).toEqual(['−55.000', '−9.800', '32.406']);
    fireEvent.click(screen.getByRole('button', { name: 'Akkumuleret' }));
    // −55.000 − 9.800,06 = −64.800,06; + 32.405,77 = −32.394,29.
    expect(rowCells('Kommune').slice(0, 3)).toEqual(['−55.000', '−64.800', '−32.394']);
  });

  it('splits the kommune into departments: the cost under Beskæftigelse, the gain booked to the kommune as a whole', () => {
    renderApp(ipsWith((j) => { j.targetGroups[0]!.interventions[0]!.costs[0]!.payer.department = 'beskaeftigelse'; }));
    fireEvent.click(screen.getByRole('button', { name: 'Forvaltninger' }));
    // Cost: 18 months × 55.000 / 12 = 82.500 by the end of year 2. Gain: 6 months of 34.713,87 = 17.356,94 in year 2, + 34.713,87 in year 3.
    expect(rowCells('Kommune – Beskæftigelse').slice(0, 3)).toEqual(['−55.000', '−82.500', '−82.500']);
    expect(rowCells('Kommune – uden forvaltning').slice(0, 3)).toEqual(['0', '17.357', '52.071']);
    expect(rowCells('Kommune').slice(0, 3)).toEqual(['−55.000', '−65.143', '−30.429']);
    fireEvent.click(screen.getByRole('button', { name: 'Kasser' }));
    expect(screen.queryByRole('rowheader', { name: 'Kommune – Beskæftigelse' })).toBeNull();
  });

  it('says in one sentence who pays, who gains without paying, and when each pays back', () => {
    renderApp();
    // Stat gains 5 × 18.998,4 = 94.992 and region 5 × 3.069,8 = 15.349, so the stat is named first.
    expect(screen.getByText(/^Kommunen betaler/).textContent).toBe(
      'Kommunen betaler 82.500 kr. pr. deltager; staten og regionen får gevinst uden at betale; '
      + 'samlet tilbagebetaling efter 2,95 år, kommunen efter 3,88 år.');
  });

  it('says a payer that is never in deficit pays back at once, as the key figures do, not »efter 0,00 år«', () => {
    // The stat also pays 1.000 kr./år for 12 months from month 18, when its gain of 18.998,4 kr./år
    // (1.583,20 a month against 83,33) starts: its cumulative net is never negative, so its payback is 0.
    const { store } = renderApp(ipsWith((j) => {
      j.targetGroups[0]!.interventions[0]!.costs.push({
        label: 'Statens del', amount: 1000, basis: 'perParticipantPerYear', payer: { ledger: 'stat' }, category: 'intervention', startMonth: 18, durationMonths: 12,
      } as never);
    }));
    const sentence = () => screen.getByText(/^(Kommunen betaler|The municipality pays)/).textContent!;
    expect(sentence()).toBe('Kommunen betaler 82.500 kr. og staten 1.000 kr. pr. deltager; regionen får gevinst uden at betale; '
      + 'samlet tilbagebetaling efter 2,97 år, kommunen efter 3,88 år, staten straks (aldrig negativ).');
    expect(sentence()).not.toContain('0,00 år');
    act(() => store.getState().setLanguage('en'));
    expect(sentence()).toMatch(/, the state immediately \(never negative\)\.$/);
  });

  it('says the total is never negative when nothing is paid: no »efter 0,00 år«', () => {
    // No intervention cost: every ledger only gains, so the total's cumulative net is never negative.
    const { store } = renderApp(ipsWith((j) => { j.parameters.omkostning_pr_aar!.value = 0; }));
    const sentence = () => screen.getByText(/(får gevinst uden at betale|gain without paying)/).textContent!;
    expect(sentence()).toBe('Kommunen, staten og regionen får gevinst uden at betale; samlet tilbagebetaling straks (aldrig negativ).');
    act(() => store.getState().setLanguage('en'));
    expect(sentence()).toMatch(/; overall payback immediately \(never negative\)\.$/);
  });

  it('names a payer that is not paid back within the horizon', () => {
    // A 2-year effect: the kommune gains 2 × 34.713,87 = 69.427,74 < 82.500, so it never pays back.
    renderApp(ipsWith((j) => { j.parameters.effekt_aar!.value = 2; }));
    expect(screen.getByText(/^Kommunen betaler/).textContent).toContain('kommunen får ikke udgiften tilbage inden for horisonten');
  });

  it('says »inden for horisonten« once when neither the total nor the payer is paid back', () => {
    // A 1-year effect: in total 56.782,07 < 82.500 and for the kommune 34.713,87 < 82.500.
    renderApp(ipsWith((j) => { j.parameters.effekt_aar!.value = 1; }));
    const text = screen.getByText(/^Kommunen betaler/).textContent!;
    expect(text).toContain('ingen tilbagebetaling inden for horisonten, hverken samlet eller for kommunen.');
    expect(text.split('inden for horisonten').length - 1).toBe(1);
  });

  it('lists each ledger’s payback time under the chart, and marks the two that cross zero', () => {
    const { container } = renderApp();
    expect(screen.getByText(/^Tilbagebetaling:/).closest('p')!.textContent)
      .toBe('Tilbagebetaling: Kommune efter 3,88 år · Region straks · Stat straks · Netto efter 2,95 år');
    expect(container.querySelectorAll('.recharts-reference-dot').length).toBe(2);
  });

  it('stacks the annual flows by category for the chosen ledger, with the catalogue’s category names', async () => {
    renderApp();
    const chart = await screen.findByRole('img', { name: /Stablet søjlediagram.*Netto/ }, { timeout: 15_000 }); // a lazily loaded chunk
    expect(chart.querySelectorAll('.recharts-bar').length).toBe(2); // Indsats and Gevinst, uspecificeret
    fireEvent.change(screen.getByRole('combobox', { name: 'Kasse i diagrammet' }), { target: { value: 'region' } });
    const region = screen.getByRole('img', { name: /Stablet søjlediagram.*Region/ });
    expect(region.querySelectorAll('.recharts-bar').length).toBe(1);
    expect(screen.getAllByText('Gevinst, uspecificeret').length).toBeGreaterThan(0);
  });
});
