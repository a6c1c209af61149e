// @vitest-environment jsdom
/**
 * Issue 11, item 3: the notes a template and a target group carry read in the user's language
 * wherever they reach the user — the guided start (the template's evidence note, the group's note),
 * the new-case form (the template's description), and, once a scenario has copied them, the editor's
 * note fields, the explanation's list of inputs, the report's assumption log and the scenario's
 * description — while they are the catalogue's own text. A note the user has edited is shown as typed.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dependency, Explanation } from '../../src/engine';
import { renderExplanation } from '../../src/cli/render-explain';
import { textsFor } from '../../src/cli/texts';
import { shippedCatalogue } from '../../src/io/catalogues';
import { AppStoreProvider, createAppStore, type AppStore } from '../../src/state';
import { newScenarioFromTemplate } from '../../src/state/edits/new-scenario';
import { ITEM_NAMES } from '../../src/ui/i18n/edit-names';
import { DependencyList } from '../../src/ui/features/explain/dependency-list';
import { Field } from '../../src/ui/features/scenario-editor/field';
import { ScenarioHeader } from '../../src/ui/features/scenario/scenario-header';
import { AssumptionLog } from '../../src/ui/features/report/report-tables';
import { openGuidedStart, renderToolbar } from '../ui/guided-start-support';

afterEach(cleanup);

const dk = shippedCatalogue('dk')!;
const ips = dk.interventionTemplates!.ips!;
const NOTE = ips.parameters!.forloeb_maaneder!.note!;
const SOURCE = ips.parameters!.forloeb_maaneder!.source!;

function ipsCase(language: 'da' | 'en'): AppStore {
  const scenario = newScenarioFromTemplate(dk, 'ips', ITEM_NAMES[language])!;
  const store = createAppStore({ json: scenario });
  store.getState().setLanguage(language);
  return store;
}

describe('a template\'s and a target group\'s notes', () => {
  it('are Danish in the guided start in Danish mode, English in English mode', async () => {
    const store = await renderToolbar();
    const dialog = openGuidedStart('svaer_psykisk_lidelse');
    expect(dialog.textContent).toContain('Stærk evidens for svær psykisk lidelse');
    expect(dialog.textContent).toContain('IPS-målgruppen. Kildegrundlaget angiver intet antal.');
    expect(dialog.textContent).not.toContain('Strong evidence');
    expect(dialog.textContent).not.toContain('The IPS target group');
    expect(dialog.textContent).toContain('Boks 6.11 (IPS, forsøget INKLUSION)');
    act(() => store.getState().setLanguage('en'));
    expect(dialog.textContent).toContain(ips.evidenceNote);
    expect(dialog.textContent).toContain('The IPS target group.');
    expect(dialog.textContent).toContain('Boks 6.11 (IPS, the INKLUSION trial)');
  });

  it('give the guided start\'s price its unit in words and its source in the language', async () => {
    const store = await renderToolbar();
    const dialog = openGuidedStart('svaer_psykisk_lidelse');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Næste' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Næste' }));
    expect(within(dialog).getByLabelText('IPS-forløb, udgift pr. deltager pr. år (kr. pr. person pr. år)')).toBeTruthy();
    expect(dialog.textContent).toContain('Kilde: CEBR (2015) i Ekspertgruppen (2015), Boks 6.11.');
    act(() => store.getState().setLanguage('en'));
    expect(within(dialog).getByLabelText('IPS course, cost per participant per year (DKK per person per year)')).toBeTruthy();
    expect(dialog.textContent).toContain('Source: CEBR (2015) in Ekspertgruppen (2015), Boks 6.11.');
  });

  it('are Danish in the editor\'s note field once copied, and an edit is kept as typed', () => {
    // A case made in English keeps the catalogue's English note; the field shows it in the user's language.
    const store = ipsCase('en');
    store.getState().setLanguage('da');
    expect(store.getState().scenario!.parameters.forloeb_maaneder!.note).toBe(NOTE);
    render(<AppStoreProvider store={store}><Field label="Note" path={['parameters', 'forloeb_maaneder', 'note']} kind="longText" optional /></AppStoreProvider>);
    const field = screen.getByLabelText('Note') as HTMLTextAreaElement;
    expect(field.value).toBe('I gennemsnit 18 måneder.');
    act(() => store.getState().setLanguage('en'));
    expect(field.value).toBe(NOTE);
    act(() => store.getState().setLanguage('da'));
    fireEvent.change(field, { target: { value: 'I gennemsnit 18 måneder, hos os 12.' } });
    fireEvent.blur(field);
    expect(store.getState().scenario!.parameters.forloeb_maaneder!.note).toBe('I gennemsnit 18 måneder, hos os 12.');
    act(() => store.getState().setLanguage('en'));
    expect(field.value).toBe('I gennemsnit 18 måneder, hos os 12.');
  });

  it('give a copied source in Danish in the editor\'s source field in Danish mode', () => {
    const store = ipsCase('da');
    render(<AppStoreProvider store={store}><Field label="Kilde" path={['parameters', 'forloeb_maaneder', 'source']} optional wide /></AppStoreProvider>);
    expect((screen.getByLabelText('Kilde') as HTMLInputElement).value).toBe('CEBR (2015) i Ekspertgruppen (2015), Boks 6.11');
    act(() => store.getState().setLanguage('en'));
    expect((screen.getByLabelText('Kilde') as HTMLInputElement).value).toBe(SOURCE);
  });

  it('are Danish in the explanation\'s inputs and the scenario\'s description in Danish mode', () => {
    const store = ipsCase('da');
    const dependency: Dependency = { name: 'forloeb_maaneder', value: 18, kind: 'parameter', label: 'Forløbets varighed', unit: 'months', note: NOTE, source: SOURCE };
    render(<AppStoreProvider store={store}><ScenarioHeader /><DependencyList dependencies={[dependency]} /></AppStoreProvider>);
    expect(screen.getByText(/I gennemsnit 18 måneder\./)).toBeTruthy();
    expect(screen.queryByText(/On average 18 months/)).toBeNull();
    expect(screen.getByText(/CEBR \(2015\) i Ekspertgruppen/)).toBeTruthy();
    expect(screen.getByText(/^Jobstøtte i en almindelig virksomhed/)).toBeTruthy();
    act(() => store.getState().setLanguage('en'));
    expect(screen.getByText(/On average 18 months\./)).toBeTruthy();
    expect(screen.getByText(/CEBR \(2015\) in Ekspertgruppen/)).toBeTruthy();
    expect(screen.getByText(ips.description!)).toBeTruthy();
  });
});

describe('the report\'s assumption log', () => {
  it('gives a copied template note in Danish in Danish mode', () => {
    const store = ipsCase('da');
    render(<AppStoreProvider store={store}><AssumptionLog /></AppStoreProvider>);
    const row = screen.getByText('forloeb_maaneder', { exact: false }).closest('tr')!;
    expect(row.textContent).toContain('I gennemsnit 18 måneder.');
    act(() => store.getState().setLanguage('en'));
    expect(row.textContent).toContain(NOTE);
  });
});

describe('a template copied into a scenario', () => {
  it('gets its words in the user\'s language: Danish notes in Danish, English labels in English', () => {
    const da = newScenarioFromTemplate(dk, 'ips', ITEM_NAMES.da)!;
    const en = newScenarioFromTemplate(dk, 'ips', ITEM_NAMES.en)!;
    expect(da.parameters.forloeb_maaneder!.note).toBe('I gennemsnit 18 måneder.');
    expect(da.parameters.forloeb_maaneder!.source).toBe('CEBR (2015) i Ekspertgruppen (2015), Boks 6.11');
    expect(da.parameters.omkostning_pr_aar!.label).toBe(ips.parameters!.omkostning_pr_aar!.label);
    expect(da.title).toBe('IPS (Individuelt Planlagt job med Støtte)');
    expect(da.targetGroups[0]!.label).toBe('Personer med svær psykisk lidelse');
    expect(en.parameters.forloeb_maaneder!.note).toBe(NOTE);
    expect(en.parameters.omkostning_pr_aar!.label).toBe('IPS course, cost per participant per year');
    expect(en.targetGroups[0]!.label).toBe('People with severe mental illness');
    expect(en.targetGroups[0]!.interventions[0]!.costs[0]!.label).toBe('IPS course');
    // The engine computes the same figures whichever language the words are in.
    expect(JSON.stringify(da.targetGroups[0]!.interventions[0]!.costs.map((c) => c.amount))).toBe(JSON.stringify(en.targetGroups[0]!.interventions[0]!.costs.map((c) => c.amount)));
  });

  it('keeps a template\'s own words when it is not the shipped one', () => {
    const edited = { ...ips, label: 'Vores IPS', parameters: { ...ips.parameters, forloeb_maaneder: { ...ips.parameters!.forloeb_maaneder!, note: 'Vores note.' } } };
    const local = { ...dk, interventionTemplates: { ips: edited } };
    const s = newScenarioFromTemplate(local, 'ips', ITEM_NAMES.en)!;
    expect(s.title).toBe('Vores IPS');
    expect(s.parameters.forloeb_maaneder!.note).toBe('Vores note.');
    expect(s.parameters.andel_job_med_ips!.note).toBe(ips.parameters!.andel_job_med_ips!.note);
  });
});

describe('an EXAMPLE catalogue figure\'s source', () => {
  // The catalogue gives every EXAMPLE figure the placeholder source »Example value, no published source
  // found«; the reader sees that said in her language, not the catalogue's English placeholder.
  const placeholder = 'Afkast, Example value, no published source found';
  const dependency: Dependency = { name: 'su_maaned', value: 6000, kind: 'constant', label: 'SU', unit: 'DKK/month', source: placeholder, example: true };

  it('reads »ingen offentliggjort kilde fundet« in Danish and »no published source found« in English', () => {
    const store = ipsCase('da');
    render(<AppStoreProvider store={store}><DependencyList dependencies={[dependency]} /></AppStoreProvider>);
    expect(screen.getByText(/ingen offentliggjort kilde fundet/)).toBeTruthy();
    expect(screen.queryByText(/Example value/)).toBeNull();
    act(() => store.getState().setLanguage('en'));
    expect(screen.getByText(/no published source found/)).toBeTruthy();
    expect(screen.queryByText(/Example value/)).toBeNull();
  });

  it('reads in Danish in the command line\'s explanation', () => {
    const explanation: Explanation = { value: 0, contributions: [], dependencies: [dependency] };
    const header = { subject: 'Kommune', divisor: 1, total: true };
    const da = renderExplanation(explanation, header, textsFor('da'), 'da');
    expect(da).toContain('ingen offentliggjort kilde fundet');
    expect(da).not.toContain('Example value');
    expect(renderExplanation(explanation, header, textsFor('en'), 'en')).toContain('no published source found');
  });
});
