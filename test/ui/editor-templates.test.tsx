// @vitest-environment jsdom
/** Catalogue templates in the editor: add one to a target group, or start a new case from one; and the editor in English. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../src/io/catalogues';
import { localizeTemplate } from '../../src/io/catalogue-texts';
import { loadCatalogueTexts } from '../../src/io/catalogue-texts-loader';
import { AppStoreProvider, createAppStore, selectRun } from '../../src/state';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';

afterEach(cleanup);
// The texts load on demand in the page (src/io/catalogue-texts-loader.ts); here they have arrived.
await loadCatalogueTexts();

function renderEditor() {
  const store = createAppStore();
  render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
  return store;
}

const dk = shippedCatalogue('dk');
const templates = Object.entries(dk?.interventionTemplates ?? {});

describe.skipIf(templates.length === 0)('catalogue templates in the editor', () => {
  const [id, shipped] = templates[0]!;
  // The editor is in Danish: a copied template's words are the Danish ones (texts.da.json).
  const template = localizeTemplate(id, shipped, 'da');

  it('adds a template’s intervention to the IPS group; the case takes the dk catalogue and still computes', () => {
    const store = renderEditor();
    const picker = within(document.querySelector<HTMLElement>('.editor-template')!);
    const select = picker.getByLabelText('Skabelon') as HTMLSelectElement;
    expect(select.options.length).toBeGreaterThanOrEqual(templates.length);
    fireEvent.click(picker.getByRole('button', { name: 'Tilføj indsats fra skabelon' }));
    const scenario = store.getState().scenario!;
    expect(scenario.catalogue?.id).toBe('dk');
    expect(scenario.targetGroups[0]!.interventions.map((iv) => iv.label)).toEqual(['IPS (Individual Placement and Support)', template.intervention.label]);
    for (const name of Object.keys(template.parameters ?? {})) expect(Object.keys(scenario.parameters).some((n) => n.startsWith(name))).toBe(true);
    expect(store.getState().lastEdit).toEqual({ key: 'applyTemplate' });
    expect(selectRun(store.getState())?.ok).toBe(true);
  });

  it('builds a new case from a template: one target group, the chosen intervention, opened as a template document', async () => {
    const store = renderEditor();
    fireEvent.click(screen.getByText('Ny investeringscase'));
    const select = await waitFor(() => {
      const found = document.getElementById('ed-new-case-template') as HTMLSelectElement | null;
      expect(found).not.toBeNull();
      return found!;
    });
    expect(select.value).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Opret ny case fra skabelonen' }));
    // The new case opens once the catalogue texts are there (a promise, even when they have arrived).
    await waitFor(() => expect(store.getState().origin).toBe('template'));
    const state = store.getState();
    expect(state.scenario!.title).toBe(template.label);
    expect(state.scenario!.catalogue?.id).toBe('dk');
    expect(state.scenario!.targetGroups).toHaveLength(1);
    expect(state.scenario!.targetGroups[0]!.interventions[0]!.id).toBe(template.intervention.id);
    expect(selectRun(state)?.ok).toBe(true);
  });
});

describe('the editor in English', () => {
  it('uses English words and reads numbers typed the English way (1,234.5)', () => {
    const store = renderEditor();
    store.getState().setLanguage('en');
    return waitFor(() => {
      expect(screen.getByRole('heading', { name: 'Edit the investment case' })).toBeTruthy();
      const input = document.getElementById('ed-targetGroups-0-interventions-0-costs-0-amount') as HTMLInputElement;
      expect(input.labels![0]!.textContent).toBe('Amount (DKK)');
      fireEvent.change(input, { target: { value: '1,234.5' } });
      fireEvent.blur(input);
      expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBe(1234.5);
    });
  });
});
