// @vitest-environment jsdom
/**
 * The editor's »Regler fra år« field (settings.rulesYear, docs/semantics.md "Dated rules") and the results
 * footer that states the rules year beside every result, like the public-finance setting.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';
import { ResultsFooter } from '../../src/ui/features/results/results-footer';

afterEach(cleanup);

const VOKSEN = EXAMPLES.find((e) => e.id === 'voksenlaerling')!;

describe('rules from year in the app', () => {
  it('shows the example\'s rules year, takes a new one and states it under the results', async () => {
    const store = createAppStore(VOKSEN);
    render(<AppStoreProvider store={store}><EditorPanel /><ResultsFooter /></AppStoreProvider>);
    const statement = await screen.findByTestId('rules-year-statement');
    expect(statement.textContent).toMatch(/^2015 \(valgt med »Regler fra år«\)/);
    const input = screen.getByLabelText('Regler fra år') as HTMLInputElement;
    expect(input.value).toBe('2015');
    input.focus();
    fireEvent.change(input, { target: { value: '2027' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(store.getState().scenario!.settings.rulesYear).toBe(2027);
    expect((await screen.findByTestId('rules-year-statement')).textContent).toMatch(/^2027 \(valgt med »Regler fra år«\); \d+ daterede katalogtal, heraf \d+ uden tal for året/);
  });

  it('keeps the label short (one line at 1280 px) and gives the default as a hint the input is described by', () => {
    for (const [language, label, hint] of [['da', 'Regler fra år', 'Standard: casens første år'], ['en', 'Rules from year', 'Default: the case\'s first year']] as const) {
      const store = createAppStore(VOKSEN);
      store.getState().setLanguage(language);
      render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
      const input = screen.getByLabelText(label, { exact: true }) as HTMLInputElement;
      // The label is the name alone (no »(standard: første år)« to wrap); the default is the input's description.
      expect(document.querySelector(`label[for="${input.id}"]`)!.textContent).toBe(label);
      expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint`);
      expect(document.getElementById(`${input.id}-hint`)!.textContent).toBe(hint);
      cleanup();
      localStorage.clear();
    }
  });
});
