// @vitest-environment jsdom
/**
 * The welfare view's statement beside the result (issue 8 item 3): the results footer and the report
 * state NAF and SFF, and for a case valued by direct values (IPS) that its production value is not
 * computed, instead of silently valuing a job at 0 kr. The budget view states nothing of it.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';
import { ResultsFooter } from '../../src/ui/features/results/results-footer';
import { ReportView } from '../../src/ui/features/report/report-view';

afterEach(cleanup);

const example = (id: string) => EXAMPLES.find((e) => e.id === id)!;

describe('the welfare statement in the app', () => {
  it('IPS: offers the perspective without »ufuldstændig« and, chosen, says the production value is not computed', async () => {
    const store = createAppStore(example('ips-inklusion'));
    render(<AppStoreProvider store={store}><EditorPanel /><ResultsFooter /></AppStoreProvider>);
    const select = (await screen.findByLabelText('Perspektiv')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain('Velfærdsøkonomisk');
    expect([...select.options].some((o) => /ufuldstændig/.test(o.textContent ?? ''))).toBe(false);
    expect(screen.queryByTestId('welfare-statement')).toBeNull();
    fireEvent.change(select, { target: { value: 'welfare' } });
    const statement = await screen.findByTestId('welfare-statement');
    expect(statement.textContent).toMatch(/^Velfærdsøkonomisk opgørelse: produktionsværdien er ikke opgjort: .*nettoafgiftsfaktor \(NAF\) 1,28, skatteforvridningsfaktor \(SFF\) 1 \(Finansministeriet 2023\)\.$/);
  });

  it('a derived case in the report: states the market-price rules, production value = gross wage × NAF', async () => {
    const store = createAppStore(example('voksenlaerling'));
    render(<AppStoreProvider store={store}><EditorPanel /><ReportView onClose={() => {}} /></AppStoreProvider>);
    fireEvent.change(await screen.findByLabelText('Perspektiv'), { target: { value: 'welfare' } });
    const statement = await screen.findByTestId('report-welfare-statement');
    expect(statement.textContent).toMatch(/^markedspriser: produktionsværdi = bruttoløn × NAF, offentlige udgifter × NAF \(tilskud til virksomheder er overførsler og tæller kun med deres forvridning\), forvridning = \(SFF − 1\)/);
  });
});
