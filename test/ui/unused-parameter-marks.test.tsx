// @vitest-environment jsdom
/**
 * Issue 11, item 1: a parameter nothing in the case reads is marked »bruges ikke« everywhere it is
 * offered — the Monte Carlo list of uncertain parameters, the editor's parameter (beside its
 * uncertainty) and a variant's assumptions — as the tornado and break-even already mark it.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type Example, type MonteCarloRunner } from '../../src/state';
import { ComparePanel } from '../../src/ui/features/compare/compare-panel';
import { MonteCarloPanel } from '../../src/ui/features/monte-carlo/monte-carlo-panel';
import { ParameterRow } from '../../src/ui/features/scenario-editor/parameter-row';

afterEach(cleanup);

/** IPS with one parameter nothing reads, and an uncertainty on it and on a used one. */
function withUnused(): Example {
  const json = structuredClone(IPS_EXAMPLE.json) as { parameters: Record<string, Record<string, unknown>> };
  json.parameters.ubrugt = { value: 1000, label: 'Ubrugt beløb', unit: 'DKK', uncertainty: { type: 'uniform', min: 800, max: 1200 } };
  json.parameters.andel_job_med_ips!.uncertainty = { type: 'uniform', min: 0.5, max: 0.6 };
  return { ...IPS_EXAMPLE, json };
}

const idleRunner: MonteCarloRunner = { run: () => ({ cancel: () => undefined }) } as unknown as MonteCarloRunner;

describe('an unused parameter is marked wherever it is offered', () => {
  it('in the Monte Carlo list of uncertain parameters, with a note that its uncertainty moves nothing', () => {
    const store = createAppStore(withUnused());
    render(<AppStoreProvider store={store}><MonteCarloPanel runner={idleRunner} /></AppStoreProvider>);
    expect(screen.getByText(/usikre parametre:/).textContent).toBe('2 usikre parametre: andel_job_med_ips, ubrugt (bruges ikke).');
    expect(screen.getByRole('note').textContent).toBe('Bruges ikke i casen, så deres usikkerhed flytter intet: ubrugt.');
  });

  it('in the editor: the parameter\'s summary and a note above its uncertainty; a used one is not marked', () => {
    const store = createAppStore(withUnused());
    render(<AppStoreProvider store={store}><ParameterRow name="ubrugt" index={0} count={2} /><ParameterRow name="andel_job_med_ips" index={1} count={2} /></AppStoreProvider>);
    const marks = document.querySelectorAll('.editor-unused');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.closest('summary')!.textContent).toMatch(/^ubrugt – Ubrugt beløb: .* – bruges ikke$/);
    for (const details of document.querySelectorAll('details')) { details.open = true; fireEvent(details, new Event('toggle')); }
    expect(screen.getAllByText(/Intet i casen bruger parameteren/)).toHaveLength(1);
    // The note sits just above the uncertainty fields of the unused parameter.
    expect(screen.getByText(/Intet i casen bruger parameteren/).nextElementSibling!.tagName).toBe('FIELDSET');
  });

  it('in a variant\'s assumptions', () => {
    const store = createAppStore(withUnused());
    render(<AppStoreProvider store={store}><ComparePanel /></AppStoreProvider>);
    fireEvent.click(screen.getByRole('button', { name: 'Lav variant' }));
    const table = screen.getByRole('table', { name: /Antagelser i/ });
    const marked = within(table).getAllByRole('rowheader').filter((h) => h.textContent!.includes('bruges ikke'));
    expect(marked.map((h) => h.textContent)).toEqual(['Ubrugt beløb i Variant 1 – bruges ikke']);
  });
});
