// @vitest-environment jsdom
/** The rest of the page: title, caveats, chart, the footer's assumptions, and what happens with a broken file. */
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { IPS_EXAMPLE } from '../../src/state';
import { renderApp } from './render-app';

afterEach(cleanup);

describe('the first page', () => {
  it('shows the scenario title as the page heading and its description', () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('IPS – CEBR (2015), Ekspertgruppen (2015) Tabel 6.4');
    expect(within(screen.getByRole('main')).getByText(/Individual Placement and Support/)).toBeTruthy();
  });

  it('lists the caveats of the IPS case', () => {
    renderApp();
    const caveats = screen.getByRole('complementary', { name: 'Forbehold' });
    const items = within(caveats).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(4);
    expect(items.some((t) => /refusion/.test(t!))).toBe(true);
    expect(items.some((t) => /5 år/.test(t!))).toBe(true);
  });

  it('states perspective, discounting and timing convention in the footer', () => {
    renderApp();
    const footer = screen.getByRole('contentinfo');
    expect(footer.textContent).toContain('Perspektiv: Budgetøkonomisk');
    expect(footer.textContent).toContain('Diskontering: Ingen diskontering (0 %)');
    expect(footer.textContent).toContain('år 1 er basisår (faktor 1)');
  });

  it('labels the chart and points to the table as its accessible alternative', () => {
    renderApp();
    const chart = screen.getByRole('img', { name: /Linjediagram/ });
    expect(chart.getAttribute('aria-label')).toContain('Kommune, Region, Stat, Netto');
    expect(chart.getAttribute('aria-label')).toContain('Tabellen ovenfor');
    expect(chart.querySelectorAll('.recharts-line').length).toBe(4);
  });

  it('lists the problems with their field paths when the file does not load', () => {
    const broken = { ...(IPS_EXAMPLE.json as object), settings: { horizonYears: 'seven' } };
    renderApp({ ...IPS_EXAMPLE, json: broken });
    const alert = within(screen.getByRole('main')).getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Scenariet kunne ikke indlæses');
    expect(alert.textContent).toContain('Indstillinger › Horisont (år): forventede et tal');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists the engine’s problems when the scenario loads but cannot be computed', () => {
    const json = structuredClone(IPS_EXAMPLE.json) as { parameters: Record<string, { value: unknown }> };
    json.parameters.omkostning_pr_aar!.value = 'ukendt_parameter * 2';
    renderApp({ ...IPS_EXAMPLE, json });
    const alert = within(screen.getByRole('main')).getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Scenariet kunne ikke beregnes');
    expect(alert.textContent).toContain('ukendt_parameter');
  });
});
