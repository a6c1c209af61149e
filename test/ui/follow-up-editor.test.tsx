// @vitest-environment jsdom
/**
 * Realised figures entered in the editor: add a row, type Danish numbers and a date, see the file
 * format's message under a wrong field, undo, delete; the re-projection follows every edit.
 * IPS case: one participant, course 55.000 + 27.500 kr.; a realised cost of 40.000 kr. in year 1
 * replaces the forecast 55.000, so the re-projected total NPV is the forecast's + 15.000 kr.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { selectFollowUp } from '../../src/state/selectors/follow-up';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';

afterEach(cleanup);

const input = (id: string) => document.getElementById(id) as HTMLInputElement;
function type(id: string, text: string) {
  fireEvent.change(input(id), { target: { value: text } });
  fireEvent.blur(input(id));
}
const COST = 'ed-followUp-costs-0';

describe('realised figures in the editor', () => {
  it('adds, edits (validated per field, undoable) and deletes rows; the re-projection follows', async () => {
    const store = createAppStore();
    render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
    fireEvent.click(screen.getByText('Realiserede tal (opfølgning) (0)'));
    expect(await screen.findByRole('button', { name: 'Hent skabelon (CSV)' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj udgift' }));
    expect(store.getState().scenario!.followUp).toEqual({ costs: [{ path: 'targetGroups[0].interventions[0].costs[0]', year: 1, amount: 0 }] });
    expect(store.getState().lastEdit).toMatchObject({ key: 'addRealised' });
    type(`${COST}-amount`, '40.000');
    expect(store.getState().scenario!.followUp!.costs![0]!.amount).toBe(40000);
    const report = selectFollowUp(store.getState());
    if (!report?.ok) throw new Error('no follow-up report');
    const total = report.value.ledgers.find((l) => l.ledger === 'total')!;
    expect(total.reprojectedNpv).toBeCloseTo(total.forecastNpv + 15000, 6);

    type(`${COST}-date`, '31-12-2025');
    expect(document.getElementById(`${COST}-date-error`)!.textContent).toBe("forventede en dato som ÅÅÅÅ-MM-DD, fik '31-12-2025'");
    expect(store.getState().scenario!.followUp!.costs![0]!.date).toBeUndefined();
    type(`${COST}-date`, '2025-12-31');
    expect(store.getState().scenario!.followUp!.costs![0]!.date).toBe('2025-12-31');
    act(() => store.temporal.getState().undo());
    expect(store.getState().scenario!.followUp!.costs![0]!.date).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Tilføj observation' }));
    type('ed-followUp-outcomes-0-share', '33 %');
    expect(store.getState().scenario!.followUp!.outcomes![0]).toMatchObject({ path: 'targetGroups[0].interventions[0].outcomes[0]', share: 0.33 });
    type('ed-followUp-outcomes-0-share', '130 %');
    expect(document.getElementById('ed-followUp-outcomes-0-share-error')).not.toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Slet observation 1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slet udgift 1' }));
    expect(store.getState().scenario!.followUp).toBeUndefined();
  });
});
