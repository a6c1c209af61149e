// @vitest-environment jsdom
/**
 * Guardrails beside the fields they concern (the editor) and beside the results (the page). The IPS
 * example counts 7 years without decay and without discounting, so it starts with two findings:
 * noDecayLongEffect (at the outcome's decay) and discountingOff (at the discount settings).
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';
import { GuardrailList } from '../../src/ui/features/guardrails/guardrail-list';
import { EXAMPLES } from '../../src/state/examples';
import { renderApp } from './render-app';

// A test that switches to English must not leave the next one in English (the language is kept in localStorage).
afterEach(() => { cleanup(); localStorage.clear(); });

const OUTCOME = 'ed-targetGroups-0-interventions-0-outcomes-0';
const shell = (id: string) => document.getElementById(id)!.closest('.editor-field, .editor-fieldset') as HTMLElement;
const marks = (el: HTMLElement) => [...el.querySelectorAll('[data-guardrail]')].map((m) => m.getAttribute('data-guardrail'));

describe('guardrails beside their fields', () => {
  it('marks the decay and the discount settings of the IPS case, with reason and source', () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
    expect(marks(screen.getAllByLabelText('Aftagning')[0]!.closest('.editor-field') as HTMLElement)).toEqual(['noDecayLongEffect']);
    const discount = screen.getByRole('group', { name: 'Diskontering' });
    expect(marks(discount)).toEqual(['discountingOff']);
    expect(within(discount).getByRole('list', { name: 'Advarsler' }).textContent).toMatch(/Ingen diskontering over en budgetperiode:.*Finansministeriets/);
    // A field without a finding has no marker.
    expect(marks(shell(`${OUTCOME}-treated`))).toEqual([]);
  });

  it('a counterfactual of 0 marks that field; choosing a discount rate removes the discount marker', () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
    const input = document.getElementById(`${OUTCOME}-counterfactual`) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '0 %' } });
    fireEvent.blur(input);
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.outcomes[0]!.counterfactual).toBe(0);
    expect(marks(shell(`${OUTCOME}-counterfactual`))).toEqual(['noDeadweight']);
    fireEvent.change(document.getElementById('ed-settings-discount-preset')!, { target: { value: 'fm-2021' } });
    expect(marks(screen.getByRole('group', { name: 'Diskontering' }))).toEqual([]);
    // Never blocking: the edit was made and the case still computes.
    expect(store.getState().scenario!.settings.discount).toEqual({ preset: 'fm-2021' });
  });
});

describe('guardrails beside the results', () => {
  it('the page lists the findings in the results region', () => {
    renderApp();
    const results = document.getElementById('results')!;
    const list = within(results).getByRole('heading', { name: 'Advarsler (2)' }).closest('section')!;
    expect([...list.querySelectorAll('li')].map((li) => li.getAttribute('data-kind'))).toEqual(['noDecayLongEffect', 'discountingOff']);
  });
});

describe('the list beside the results on a large case', () => {
  it('groups the findings by kind and names the first five fields, then how many more', () => {
    const store = createAppStore();
    // Seven outcomes without deadweight: one entry »Ingen dødvægt (7)« with five fields and »og 2 flere«.
    store.getState().applyEdit('test', (s) => {
      const next = structuredClone(s);
      const iv = next.targetGroups[0]!.interventions[0]!;
      iv.outcomes = Array.from({ length: 7 }, (_, n) => ({ ...iv.outcomes[0]!, state: `s${n}`, counterfactual: 0 }));
      return next;
    });
    render(<AppStoreProvider store={store}><GuardrailList /></AppStoreProvider>);
    const entry = document.querySelector('li[data-kind=noDeadweight]')!;
    expect(entry.textContent).toMatch(/^Ingen dødvægt \(7\) — /);
    expect(entry.querySelectorAll('.guardrail-field')).toHaveLength(5);
    // Fields named as the editor names them, never by their internal path.
    expect(entry.textContent).toContain('Målgruppe 1 › Indsats 1 ›');
    expect(entry.textContent).not.toMatch(/targetGroups|\[0\]/);
    expect(entry.textContent).toContain('og 2 flere.');
  });
});

describe('catalogue figures outside their validity: one warning that lists them', () => {
  // The voksenlærling example runs 2027–2034 on the 2015 rules (»Regler fra år« 2015): six dated
  // catalogue figures are in force in 2015 (or 2014) only. One warning at the field, not six.
  const VOKSEN = EXAMPLES.find((e) => e.id === 'voksenlaerling')!;
  const SIX = [
    'beskaeftigelsesfradrag_max_aar gælder 2015-01-01 til 2015-12-31', 'beskaeftigelsesfradrag_sats gælder 2015-01-01 til 2015-12-31',
    'bundskat_sats gælder 2015-01-01 til 2015-12-31', 'kommuneskat_sats gælder 2015-01-01 til 2015-12-31',
    'kontanthjaelp_30_ikke_forsoerger_maaned gælder 2014-01-01 til 2014-12-31', 'sundhedsbidrag_sats gælder 2015-01-01 til 2015-12-31',
  ];
  const figures = (el: Element) => [...el.querySelectorAll('[data-testid=figures-out-of-validity] li')].map((li) => li.textContent);

  it('the rules-year field shows one warning naming the rules year, the case\'s years and each figure\'s validity', () => {
    const store = createAppStore(VOKSEN);
    render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
    const field = shell('ed-settings-rulesYear');
    expect(marks(field)).toEqual(['figureOutOfValidity']);
    const warning = field.querySelector('[data-guardrail=figureOutOfValidity]')!;
    expect(warning.querySelector('[data-testid=figures-out-of-validity]')!.firstChild!.textContent)
      .toBe('Med regelåret 2015 (valgt med »Regler fra år«) gælder 6 katalogtal ikke i alle casens år, 2027–2034');
    expect(figures(warning)).toEqual(SIX);
  });

  it('reads in English, and the results\' warnings list the same six in one entry', () => {
    const store = createAppStore(VOKSEN);
    store.getState().setLanguage('en');
    render(<AppStoreProvider store={store}><EditorPanel /><GuardrailList /></AppStoreProvider>);
    const warning = shell('ed-settings-rulesYear').querySelector('[data-guardrail=figureOutOfValidity]')!;
    expect(warning.textContent).toContain('Under rules year 2015 (set by »Rules from year«) 6 catalogue figures are not in force in every year of the case, 2027–2034:');
    expect(figures(warning)[3]).toBe('kommuneskat_sats is in force 2015-01-01 to 2015-12-31');
    const entry = document.querySelector('li[data-kind=figureOutOfValidity]')!;
    expect(entry.textContent).toMatch(/^Catalogue figure outside its validity \(6\) — /);
    expect(figures(entry)).toHaveLength(6);
    // All six, not five and »and 1 more«, and not »Field: …« per figure.
    expect(entry.textContent).not.toMatch(/and 1 more|Field:/);
  });
});
