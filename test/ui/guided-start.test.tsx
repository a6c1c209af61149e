// @vitest-environment jsdom
/**
 * »Ny case«, the guided start, driven from the toolbar with the keyboard: each step takes the focus
 * on its heading, Enter in a field goes on, Escape closes; each step shows the catalogue's
 * suggestion and source; finishing opens the case as a new document with the old one kept.
 */
import axe from 'axe-core';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openGuidedStart, renderToolbar } from './guided-start-support';

afterEach(cleanup);

const enter = (element: HTMLElement) => fireEvent.keyDown(element, { key: 'Enter' });
const type = (label: string | RegExp, value: string) => {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  input.focus();
  fireEvent.change(input, { target: { value } });
  return input;
};

describe('the guided start', () => {
  it('walks target group → cohorts → price → effect → result and opens the case, keeping the old one', async () => {
    const store = await renderToolbar();
    // Some work of one's own, autosaved: the guided case must not lose it.
    act(() => store.getState().applyEdit('renameDocument', (sc) => ({ ...sc, title: 'Mit arbejde' })));
    await act(() => store.getState().flushSave());
    const before = store.getState().docId;
    const dialog = openGuidedStart();
    expect(document.activeElement?.textContent).toBe('Trin 1 af 5: Målgruppe');

    // Step 1: the catalogue's target group, its facts and source, and a template for it.
    fireEvent.change(within(dialog).getByLabelText('Målgruppe'), { target: { value: 'svaer_psykisk_lidelse' } });
    expect(dialog.textContent).toMatch(/Kilde: Videreudvikling af Skandiamodellen.*CEBR.*2015.*Boks 6\.11/);
    expect((within(dialog).getByLabelText('Indsats') as HTMLSelectElement).value).toBe('ips');
    within(dialog).getByRole('button', { name: 'Næste' }).focus();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Næste' }));

    // Step 2: cohorts.
    expect(document.activeElement?.textContent).toBe('Trin 2 af 5: Kohorter');
    type('Deltagere pr. år', '50');
    type('Antal årlige kohorter', '2');
    enter(type(/Første år/, '1'));

    // Step 3: the template's price with its source.
    expect(document.activeElement?.textContent).toBe('Trin 3 af 5: Pris');
    expect(dialog.textContent).toMatch(/Katalogets forslag: 55\.000\. Kilde: CEBR \(2015\)/);
    enter(type(/IPS-forløb/, '60.000'));

    // Step 4: effect with deadweight, and the difference.
    expect(document.activeElement?.textContent).toBe('Trin 4 af 5: Effekt');
    expect(dialog.textContent).toMatch(/Katalogets forslag: 58 %/);
    type(/Andel i job med IPS/, '60');
    const deadweight = type(/dødvægt/, '25');
    expect(dialog.textContent).toMatch(/Effekt: 35 procentpoint/);
    enter(deadweight);

    // Step 5: the result, computed.
    expect(document.activeElement?.textContent).toBe('Trin 5 af 5: Resultat');
    expect(within(dialog).getByText('Deltagere i alt').nextElementSibling?.textContent).toBe('100');
    expect(within(dialog).getByText('Nutidsværdi i alt').nextElementSibling?.textContent).toMatch(/kr\.$/);
    await act(async () => { fireEvent.click(within(dialog).getByRole('button', { name: 'Opret case' })); });

    expect(screen.queryByRole('dialog')).toBeNull();
    const s = store.getState();
    expect(s.docId).not.toBe(before);
    expect(s.switchNotice?.previous).toMatchObject({ docId: before, title: 'Mit arbejde' });
    const group = s.scenario!.targetGroups[0]!;
    expect(group.id).toBe('svaer_psykisk_lidelse');
    expect(group.cohorts.map((c) => [c.count, c.startMonth])).toEqual([[50, 0], [50, 12]]);
    expect(s.scenario!.parameters.omkostning_pr_aar!.value).toBe(60000);
    expect(s.scenario!.parameters.andel_job_med_ips!.value).toBeCloseTo(0.6, 12);
    expect(s.scenario!.parameters.andel_job_uden_ips!.value).toBeCloseTo(0.25, 12);
    // The template's uncertainties come along, so the Monte Carlo tab can run at once.
    expect(s.scenario!.parameters.omkostning_pr_aar!.uncertainty).toBeDefined();
  });

  it('shows the result of the answers so far beside every step, following what is typed', async () => {
    await renderToolbar();
    const dialog = openGuidedStart('svaer_psykisk_lidelse');
    const preview = () => within(dialog).getByRole('complementary', { name: 'Resultatet indtil nu' });
    const figure = (label: string) => within(preview()).getByText(label).nextElementSibling?.textContent;
    // Step 1 already has a result: the catalogue's suggestion.
    expect(figure('Nutidsværdi i alt')).toMatch(/kr\.$/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Næste' }));
    type('Deltagere pr. år', '50');
    type('Antal årlige kohorter', '2');
    expect(figure('Deltagere i alt')).toBe('100');
    type('Deltagere pr. år', '30');
    expect(figure('Deltagere i alt')).toBe('60');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Næste' }));
    // A dearer course lowers the NPV at once, before »Næste«.
    const npvAt = (price: string) => { type(/IPS-forløb/, price); return figure('Nutidsværdi i alt'); };
    const cheap = npvAt('50.000');
    const dear = npvAt('70.000');
    expect(cheap).not.toBe(dear);
    // An unfinished field hides the figures rather than showing a wrong one.
    type(/IPS-forløb/, 'x');
    expect(within(dialog).queryByRole('complementary')).toBeNull();
    // The panel is not modal: the rest of the page stays reachable.
    expect(dialog.getAttribute('aria-modal')).toBeNull();
  });

  it('closes on Escape with the focus back on its button, changing nothing', async () => {
    const store = await renderToolbar();
    const scenario = store.getState().scenario;
    const button = screen.getByRole('button', { name: 'Ny case' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(store.getState().scenario).toBe(scenario);
  });

  it('has no serious accessibility violations on any step', async () => {
    await renderToolbar();
    openGuidedStart();
    for (let step = 0; step < 5; step++) {
      const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
      expect(result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${step}: ${v.id}`)).toEqual([]);
      if (step < 4) fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
    }
  });

  it('refuses to go on from a field that is not a number', async () => {
    await renderToolbar();
    openGuidedStart();
    fireEvent.click(screen.getByRole('button', { name: 'Næste' }));
    enter(type('Deltagere pr. år', 'mange'));
    expect(screen.getByText('Skriv et tal.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Næste' }) as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement?.textContent).not.toBe('Trin 3 af 5: Pris');
  });
});

describe('the guided start in English', () => {
  it('speaks English, with the catalogue’s English template names', async () => {
    const store = await renderToolbar();
    act(() => store.getState().setLanguage('en'));
    fireEvent.click(screen.getByRole('button', { name: 'New case' }));
    const dialog = screen.getByRole('dialog', { name: 'New case: guided start' });
    expect(document.activeElement?.textContent).toBe('Step 1 of 5: Target group');
    fireEvent.change(within(dialog).getByLabelText('Target group'), { target: { value: 'svaer_psykisk_lidelse' } });
    expect(within(dialog).getByLabelText('Intervention').textContent).toMatch(/IPS/);
    expect(dialog.textContent).toMatch(/The catalogue gives no count for the group\./);
  });
});
