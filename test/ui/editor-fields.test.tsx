// @vitest-environment jsdom
/** The editor's fields: Danish numbers, percent shares, expressions, one undo step per commit, and problems next to the field. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';

afterEach(cleanup);

function renderEditor() {
  const store = createAppStore();
  render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
  return store;
}

const COST = 'ed-targetGroups-0-interventions-0-costs-0-amount';
const field = (id: string) => document.getElementById(id) as HTMLInputElement;

function type(input: HTMLInputElement, text: string, commit: 'blur' | 'Enter' = 'blur') {
  fireEvent.change(input, { target: { value: text } });
  if (commit === 'blur') fireEvent.blur(input);
  else fireEvent.keyDown(input, { key: 'Enter' });
}

describe('»Gør til parameter«', () => {
  it('makes a parameter of a typed number in one undo step: its value, unit and readable label, and the field reads it', () => {
    const store = renderEditor();
    type(field(COST), '1.234,5');
    const before = store.temporal.getState().pastStates.length;
    // Offered while the field has focus.
    expect(screen.queryByRole('button', { name: 'Gør til parameter: Beløb (kr.)' })).toBeNull();
    fireEvent.focus(field(COST));
    fireEvent.click(screen.getByRole('button', { name: 'Gør til parameter: Beløb (kr.)' }));
    const state = store.getState();
    expect(state.scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBe('beloeb_kr');
    expect(state.scenario!.parameters.beloeb_kr).toEqual({ value: 1234.5, label: 'Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb', unit: 'DKK/person/year' });
    expect(store.temporal.getState().pastStates).toHaveLength(before + 1);
    expect(state.lastEdit).toEqual({ key: 'makeParameter', detail: 'Beløb (kr.)' });
    // A field that reads an expression already offers no button.
    expect(screen.queryByRole('button', { name: 'Gør til parameter: Beløb (kr.)' })).toBeNull();
    store.temporal.getState().undo();
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBe(1234.5);
    expect(store.getState().scenario!.parameters.beloeb_kr).toBeUndefined();
  });
});

describe('the editor’s fields', () => {
  it('stores 1234.5 when »1.234,5« is typed, shows it the Danish way, and records one undo step', () => {
    const store = renderEditor();
    const input = field(COST);
    expect(input.value).toBe('omkostning_pr_aar');
    type(input, '1.234,5');
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBe(1234.5);
    expect(input.value).toBe('1.234,5');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(store.getState().lastEdit).toEqual({ key: 'setField', detail: 'Beløb (kr.)' });
  });

  it('keeps text that is not a number as an expression, committed with Enter', () => {
    const store = renderEditor();
    type(field(COST), 'omkostning_pr_aar * 1.1', 'Enter');
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBe('omkostning_pr_aar * 1.1');
  });

  it('shows a share parameter in percent (»58 %«) and stores 40 % as 0.4', async () => {
    const store = renderEditor();
    expect(field('ed-parameters-andel_job_med_ips-value')).toBeNull(); // closed sections render nothing
    fireEvent.click(screen.getByText(/^Parametre/));
    fireEvent.click(await screen.findByText('andel_job_med_ips'));
    await waitFor(() => expect(field('ed-parameters-andel_job_med_ips-value')).not.toBeNull());
    const input = field('ed-parameters-andel_job_med_ips-value');
    expect(input.value).toBe('58 %');
    expect(input.labels![0]!.textContent).toBe('Værdi (%)');
    type(input, '40');
    expect(store.getState().scenario!.parameters.andel_job_med_ips!.value).toBe(0.4);
    expect(input.value).toBe('40 %');
  });

  it('reverts a draft with Escape without an edit', () => {
    const store = renderEditor();
    const input = field(COST);
    fireEvent.change(input, { target: { value: '99' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    fireEvent.blur(input);
    expect(input.value).toBe('omkostning_pr_aar');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('refuses a horizon of 0 with the file format’s message next to the field, and keeps the scenario', () => {
    const store = renderEditor();
    const input = field('ed-settings-horizonYears');
    type(input, '0');
    expect(store.getState().scenario!.settings.horizonYears).toBe(7);
    expect(input.value).toBe('0');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const message = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(message.textContent).toBe('forventede mindst 1, fik 0');
    type(input, '8');
    expect(store.getState().scenario!.settings.horizonYears).toBe(8);
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows the engine’s message next to an expression with an unknown name, and in the summary at the top', () => {
    const store = renderEditor();
    const input = field('ed-targetGroups-0-interventions-0-outcomes-0-treated');
    type(input, 'andel_job * 2');
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.outcomes[0]!.treated).toBe('andel_job * 2');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)!.textContent).toContain('andel_job');
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Målgruppe 1 › Indsats 1 › Effekt 1 › Andel med indsatsen' }).getAttribute('href'))
      .toBe('#ed-targetGroups-0-interventions-0-outcomes-0-treated');
  });
});

describe('lists in the editor', () => {
  it('adds a cost item and deletes it again with labelled buttons', () => {
    const store = renderEditor();
    const costs = () => store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs;
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj udgiftspost' }));
    expect(costs().map((c) => c.label)).toEqual(['IPS-forløb', 'Ny udgift']);
    expect(store.getState().lastEdit).toEqual({ key: 'addCostItem' });
    fireEvent.click(screen.getByRole('button', { name: 'Slet udgiftspost Ny udgift' }));
    expect(costs().map((c) => c.label)).toEqual(['IPS-forløb']);
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });

  it('moves a cost item up with the keyboard-operable button, which is disabled at the top', () => {
    const store = renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj udgiftspost' }));
    expect((screen.getByRole('button', { name: 'Flyt udgiftspost IPS-forløb op' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Flyt udgiftspost Ny udgift op' }));
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs.map((c) => c.label)).toEqual(['Ny udgift', 'IPS-forløb']);
  });

  it('replaces the cohorts with a yearly intake of 50 a year for 4 years', () => {
    const store = renderEditor();
    const form = within(document.querySelector<HTMLElement>('.editor-intake')!);
    fireEvent.change(form.getByLabelText('Deltagere pr. år'), { target: { value: '50' } });
    fireEvent.change(form.getByLabelText('I antal år'), { target: { value: '4' } });
    fireEvent.click(form.getByRole('button', { name: 'Erstat kohorterne med årligt optag' }));
    const cohorts = store.getState().scenario!.targetGroups[0]!.cohorts;
    expect(cohorts.map((c) => [c.count, c.startMonth])).toEqual([[50, 0], [50, 12], [50, 24], [50, 36]]);
  });

  it('labels every input, select and textarea', () => {
    renderEditor();
    const controls = [...document.querySelectorAll('input, select, textarea')];
    expect(controls.length).toBeGreaterThan(40);
    const unlabelled = controls.filter((c) => !(c as HTMLInputElement).labels?.length && !c.getAttribute('aria-label'));
    expect(unlabelled.map((c) => c.id || c.outerHTML)).toEqual([]);
  });
});
