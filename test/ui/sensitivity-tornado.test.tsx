// @vitest-environment jsdom
/**
 * The tornado and the discount sweep on the IPS case, worked by hand from docs/reference-case-ips.md §4–5:
 * cost 55.000 kr./år × 1,5 years = 82.500 kr.; total value per extra person-year in job 164.585,74 kr.;
 * effect share 0,58 − 0,235 = 0,345 for 5 years from month 18 in a 7-year horizon; so the gain is
 * 0,345 × 164.585,74 = 56.782,08 kr. a year and the undiscounted NPV 5 × 56.782,08 − 82.500 = 201.410 kr.
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { IPS_EXAMPLE } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import type { TornadoView } from '../../src/state/selectors/sensitivity';
import { baseLabelPlace, TornadoChart, wrapLabel } from '../../src/ui/features/sensitivity/tornado-chart';
import { sensitivityTexts } from '../../src/ui/features/sensitivity/texts';
import { setField } from '../../src/state/edits';
import { renderSensitivity } from './sensitivity-support';

afterEach(cleanup);

const tornadoTable = () => screen.findByRole('table', { name: /ved lav og høj værdi af hver antagelse/ }, { timeout: 15_000 });

async function rowOf(parameter: string): Promise<string[]> {
  const table = await tornadoTable();
  const header = within(table).getByRole('rowheader', { name: new RegExp(`\\(${parameter}\\)`) });
  return within(header.closest('tr')!).getAllByRole('cell').map((c) => c.textContent ?? '');
}

describe('the tornado of the NPV', () => {
  it('moves the cost ±20 %: 44.000 and 66.000 kr. shift the NPV by ∓16.500 kr. around 201.410 kr.', async () => {
    renderSensitivity();
    // ±20 % of 55.000 = 11.000 a year, × 1,5 years = 16.500: 201.410,40 + 16.500 = 217.910; − 16.500 = 184.910.
    // Switching value: 283.910,40 / 1,5 = 189.273,60.
    expect(await rowOf('omkostning_pr_aar')).toEqual(['±20 %', '44.000 kr.', '66.000 kr.', '217.910 kr.', '184.910 kr.', '189.274 kr.']);
  });

  it('gives the effect share its switching value 0,235 + 82.500 / (164.585,74 × 5) = 33,5 %', async () => {
    renderSensitivity();
    // Low 0,464: (0,464 − 0,235) × 822.928,70 − 82.500 = 105.950,67; high 0,696: 0,461 × 822.928,70 − 82.500 = 296.870,13.
    expect(await rowOf('andel_job_med_ips')).toEqual(['±20 %', '46,4 %', '69,6 %', '105.951 kr.', '296.870 kr.', '33,5 %']);
  });

  it('lists the widest swing first: the effect share (190.919 kr.) before the effect’s duration (85.173 kr.)', async () => {
    renderSensitivity();
    // Effect share: 0,232 × 822.928,70 = 190.919. Duration 4 → 6 years, capped at the 5,5 years left in
    // the horizon: 1,5 × 56.782,08 = 85.173. Next: deadweight 0,094 × 822.928,70 = 77.355.
    const table = await tornadoTable();
    const names = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(names.slice(0, 3)).toEqual([
      'Andel i job med IPS (andel_job_med_ips)', 'Effektens varighed (effekt_aar)', 'Andel i job uden IPS (dødvægt) (andel_job_uden_ips)',
    ]);
  });

  it('draws the chart as a described image around the base NPV', async () => {
    renderSensitivity();
    await tornadoTable();
    const chart = screen.getByRole('img', { name: /Tornadodiagram.*Netto.*201\.410 kr\./ });
    // One pair of bars per parameter (8 in the IPS case) plus two legend swatches.
    expect(chart.querySelectorAll('rect')).toHaveLength(8 * 2 + 2);
  });

  it('follows the ledger chosen: the kommune’s NPV 173.569,40 − 82.500 = 91.069 kr.', async () => {
    renderSensitivity();
    await tornadoTable();
    const section = screen.getByRole('region', { name: /Følsomhed/ });
    fireEvent.change(within(section).getByRole('combobox', { name: 'Regnskab' }), { target: { value: 'kommune' } });
    // The kommune's cost switching value: 5 × 0,345 × 100.619,91 = 173.569,34 of gains over 1,5 years = 115.712,89.
    expect(await screen.findByRole('img', { name: /Kommune.*91\.069 kr\./ }, { timeout: 15_000 })).toBeTruthy();
    expect((await rowOf('omkostning_pr_aar'))[5]).toBe('115.713 kr.');
  });
});

describe('the tornado’s switching values, labels and unit', () => {
  it('offers no negative switching value for a positive value per person-year, and says so', async () => {
    renderSensitivity();
    // The total NPV is zero only at vaerdi_region = 82.500 / 1,725 − 100.619,91 − 55.068 = −107.862 kr.:
    // a negative value per person-year, which is not offered; the search stays on the positive side.
    expect((await rowOf('vaerdi_region'))[5]).toBe('ingen positiv værdi skifter fortegn');
    // A positive switching value is still given (the cost's 189.274 kr.).
    expect((await rowOf('omkostning_pr_aar'))[5]).toBe('189.274 kr.');
  });

  it('gives the figures per participant when the key figures are, and in total when they are, with the unit stated', async () => {
    // Ten participants: the NPV is 10 × 201.410 = 2.014.104 kr. in total, 201.410 kr. per participant.
    const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { cohorts: { count: number }[] }[] };
    json.targetGroups[0]!.cohorts[0]!.count = 10;
    const { store } = renderSensitivity({ ...IPS_EXAMPLE, json });
    expect(store.getState().view.scale).toBe('perParticipant');
    expect(await screen.findByRole('table', { name: /\(kr\. pr\. deltager\) ved lav og høj værdi/ }, { timeout: 15_000 })).toBeTruthy();
    expect((await rowOf('omkostning_pr_aar')).slice(3, 5)).toEqual(['217.910 kr.', '184.910 kr.']);
    expect(screen.getByText('Nutidsværdierne er i kr. pr. deltager, som nøgletallene.')).toBeTruthy();
    act(() => store.getState().setScale('total'));
    expect(await screen.findByRole('table', { name: /\(kr\. i alt for alle deltagere\)/ }, { timeout: 15_000 })).toBeTruthy();
    // 10 × 217.910,40 = 2.179.104; 10 × 184.910,40 = 1.849.104.
    expect((await rowOf('omkostning_pr_aar')).slice(3, 5)).toEqual(['2.179.104 kr.', '1.849.104 kr.']);
  });

  it('marks a parameter nothing uses as »bruges ikke« in the table, the chart and the break-even picker, with no bars', async () => {
    const json = structuredClone(IPS_EXAMPLE.json) as { parameters: Record<string, unknown> };
    json.parameters.ubrugt = { value: 1000, label: 'Ubrugt beløb', unit: 'DKK' };
    renderSensitivity({ ...IPS_EXAMPLE, json });
    const table = await tornadoTable();
    expect(within(table).getByRole('rowheader', { name: /\(ubrugt\)/ }).textContent).toBe('Ubrugt beløb (ubrugt) – bruges ikke');
    expect(within(table).getByRole('rowheader', { name: /\(omkostning_pr_aar\)/ }).textContent).not.toMatch(/bruges ikke/);
    const chart = screen.getByRole('img', { name: /Tornadodiagram/ });
    expect(chart.textContent).toContain('Ubrugt beløb (bruges ikke)');
    // Bars for the 8 used parameters only, plus the two legend swatches.
    expect(chart.querySelectorAll('rect')).toHaveLength(8 * 2 + 2);
    const solverRegion = screen.getByRole('region', { name: /Hvad skal være sandt\?/ });
    const options = within(within(solverRegion).getByRole('combobox', { name: 'Antagelse' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Ubrugt beløb (ubrugt) – bruges ikke');
    expect(options.filter((o) => o!.includes('bruges ikke'))).toHaveLength(1);
  });

  it('includes, when asked, a number typed straight into a field: the effect share 58 % ±20 %, named by its path in words', async () => {
    const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { interventions: { outcomes: { treated: unknown }[] }[] }[] };
    json.targetGroups[0]!.interventions[0]!.outcomes[0]!.treated = 0.58;
    const { store } = renderSensitivity({ ...IPS_EXAMPLE, json });
    const before = await tornadoTable();
    expect(within(before).queryByRole('rowheader', { name: /Effekt 1/ })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: /Medtag felter i casen/ }));
    await waitFor(() => expect(screen.getByRole('table', { name: /ved lav og høj værdi af hver antagelse/ }).querySelector('tbody')!.textContent).toMatch(/Effekt 1/), { timeout: 15_000 });
    const table = await tornadoTable();
    const header = within(table).getByRole('rowheader', { name: /Effekt 1/ });
    // Named in words, never by an internal path or the tornado's own parameter name.
    expect(header.textContent).toBe('Målgruppe 1 › Indsats 1 › Effekt 1 › Andel med indsatsen');
    expect(table.textContent).not.toMatch(/targetGroups|tornado_field/);
    // As the parameter it replaced: 46,4 % and 69,6 %, NPV 105.951 and 296.870 kr., switching value 33,5 %.
    expect(within(header.closest('tr')!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['±20 %', '46,4 %', '69,6 %', '105.951 kr.', '296.870 kr.', '33,5 %']);
    // Typed numbers that move nothing are left out: the start months 0, and the cohort's count, which
    // moves the NPV in total but not per participant (only by 1e-10 kr. of rounding).
    expect(within(table).queryByRole('rowheader', { name: /Startmåned/ })).toBeNull();
    expect(within(table).queryByRole('rowheader', { name: /Kohorte/ })).toBeNull();
    expect(within(table).getAllByRole('rowheader').filter((h) => h.textContent!.includes('›'))).toHaveLength(1);
    // In total the count would move the NPV, but the cohorts are the case's frame, not an assumption to swing.
    act(() => store.getState().setView({ scale: 'total' }));
    await waitFor(() => expect(screen.getByRole('table', { name: /kr\. i alt for alle deltagere/ })).toBeTruthy(), { timeout: 15_000 });
    const inTotal = screen.getByRole('table', { name: /ved lav og høj værdi af hver antagelse/ });
    expect(within(inTotal).getAllByRole('rowheader').filter((h) => h.textContent!.includes('›')).map((h) => h.textContent)).toEqual(['Målgruppe 1 › Indsats 1 › Effekt 1 › Andel med indsatsen']);
  });

  it('wraps a long label at spaces instead of cutting it mid-word', async () => {
    expect(wrapLabel('Værdi pr. ekstra person-år i job, kommune')).toEqual(['Værdi pr. ekstra person-år i job,', 'kommune']);
    expect(wrapLabel('Kort navn')).toEqual(['Kort navn']);
    const long = wrapLabel('Andel af deltagerne der efter forløbet kommer i ordinær beskæftigelse eller uddannelse og bliver der');
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith(' …')).toBe(true);
    renderSensitivity();
    await tornadoTable();
    const chart = screen.getByRole('img', { name: /Tornadodiagram/ });
    const label = [...chart.querySelectorAll('text.tornado__label')].find((t) => t.querySelector('title')?.textContent === 'Værdi pr. ekstra person-år i job, kommune')!;
    expect([...label.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['Værdi pr. ekstra person-år i job,', 'kommune']);
    // No label anywhere is cut inside a word: every line is made of the label's own whole words.
    for (const text of chart.querySelectorAll('text.tornado__label')) {
      const words = new Set((text.querySelector('title')!.textContent ?? '').split(' '));
      for (const line of text.querySelectorAll('tspan')) {
        for (const w of (line.textContent ?? '').split(' ')) expect(w === '…' || words.has(w)).toBe(true);
      }
    }
  });

  it('draws the base label beside the base line, away from the zero line, never across it', () => {
    // Base NPV 100 between bars from −300 to 400: the zero line is left of the base line, so the label goes right.
    const view: TornadoView = {
      ledger: 'total', scale: 'total', baseNpv: 100, rows: [{
        parameter: 'p', base: 1, low: 0.8, high: 1.2, npvLow: -300, npvHigh: 400, switchingValue: 0.9, switchingSearch: 'range',
        choice: { name: 'p', label: 'P', unit: undefined, kind: 'plain', current: 1, hasUncertainty: false, whole: false, used: true },
      }],
    };
    const { container } = render(<TornadoChart view={view} ledgerName="Netto" t={sensitivityTexts.da} locale="da" />);
    const zero = Number(container.querySelector('[data-line="zero"]')!.getAttribute('x1'));
    const baseX = Number(container.querySelector('[data-line="base"]')!.getAttribute('x1'));
    const label = container.querySelector('[data-label="base"]')!;
    expect(zero).toBeLessThan(baseX);
    expect(label.getAttribute('text-anchor')).toBe('start');
    expect(Number(label.getAttribute('x'))).toBeGreaterThan(baseX);
    expect(label.textContent).toBe('Grundscenarie: 100 kr.');
    expect(container.textContent).toContain('400 kr. i alt for alle deltagere');
    // The other way round: zero to the right of the base goes left; no room on either side: none.
    expect(baseLabelPlace(600, 700, 100)).toEqual({ x: 596, anchor: 'end' });
    expect(baseLabelPlace(300, 250, 600)).toBeNull();
  });
});

describe('computing the tornado without blocking', () => {
  it('says »Beregner …« until the portfolio’s 28 parameters are solved, then shows them', async () => {
    renderSensitivity(EXAMPLES.find((e) => e.id === 'portefoelje-budgetperiode')!);
    expect(screen.getByRole('status').textContent).toBe('Beregner …');
    expect(screen.queryByRole('table', { name: /ved lav og høj værdi/ })).toBeNull();
    const table = await tornadoTable();
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(20);
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('keeps the last tornado on screen while an edit is recomputed, then shows the new figures', async () => {
    const { store } = renderSensitivity();
    await tornadoTable();
    act(() => store.getState().applyEdit('Ret felt', (s) => setField(s, ['parameters', 'omkostning_pr_aar', 'value'], 66000)));
    expect(screen.getByRole('status').textContent).toBe('Beregner …');
    expect(screen.getByRole('table', { name: /ved lav og høj værdi/ })).toBeTruthy();
    // Cost 66.000 ± 20 %: 52.800 and 79.200 a year; at the low end 283.910,40 − 52.800 × 1,5 = 204.710.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(''));
    expect((await rowOf('omkostning_pr_aar')).slice(1, 4)).toEqual(['52.800 kr.', '79.200 kr.', '204.710 kr.']);
  });
});

describe('the discount-rate sweep', () => {
  function sweepRow(name: RegExp): string[] {
    const table = screen.getByRole('table', { name: /diskonteringsforudsætninger/ });
    const header = within(table).getByRole('rowheader', { name });
    return within(header.closest('tr')!).getAllByRole('cell').map((c) => c.textContent ?? '');
  }

  it('shows the NPV per ledger under each preset and marks the scenario’s own', () => {
    renderSensitivity();
    // No discounting: kommune 5 × 34.713,87 − 82.500 = 91.069; region 5 × 3.069,75 = 15.349; stat 5 × 18.998,46 = 94.992.
    expect(sweepRow(/Ingen diskontering/)).toEqual(['91.069 kr.', '15.349 kr.', '94.992 kr.', '201.410 kr.']);
    expect(within(screen.getByRole('rowheader', { name: /Ingen diskontering/ })).getByText('scenariets')).toBeTruthy();
    expect(within(screen.getByRole('rowheader', { name: /Finansministeriet 2021/ })).queryByText('scenariets')).toBeNull();
  });

  it('discounts the total at 3,5 % and 5 % with year 1 as the base year', () => {
    renderSensitivity();
    // Annual total: −55.000; −27.500 + 28.391,04 = 891,04; 56.782,08 in years 3–6; 28.391,04 in year 7.
    const g = 0.345 * 164585.74;
    const npv = (r: number) => -55000 + (-27500 + g / 2) / (1 + r) + [2, 3, 4, 5].reduce((s, k) => s + g / (1 + r) ** k, 0) + g / 2 / (1 + r) ** 6;
    // 3,5 %: 170.469,19; 5 %: 158.792,96.
    expect(Math.round(npv(0.035))).toBe(170469);
    expect(sweepRow(/Finansministeriet 2021/)[3]).toBe('170.469 kr.');
    expect(Math.round(npv(0.05))).toBe(158793);
    expect(sweepRow(/^5 %/)[3]).toBe('158.793 kr.');
  });
});
