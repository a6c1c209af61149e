// @vitest-environment jsdom
/**
 * Long editor lists a page at a time (paged-list.tsx, docs/large-files.md): the IPS case with 45
 * cohorts shows cohorts 1–20, turns pages, adds a cohort on the last page, names a problem on
 * another page with a button to it, and follows a link from the problem summary to its page.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { EditorPanel } from '../../src/ui/features/scenario-editor/editor-panel';

afterEach(cleanup);

const N = 45;
const countField = (c: number) => document.getElementById(`ed-targetGroups-0-cohorts-${c}-count`) as HTMLInputElement | null;
const cohortInputs = () => document.querySelectorAll('input[id^="ed-targetGroups-0-cohorts-"]').length;

function renderWithCohorts(n: number) {
  const store = createAppStore();
  store.getState().applyEdit('Kohorter', (s) => ({
    ...s, targetGroups: s.targetGroups.map((g, i) => (i === 0 ? { ...g, cohorts: Array.from({ length: n }, (_, c) => ({ count: 1, startMonth: c })) } : g)),
  }));
  render(<AppStoreProvider store={store}><EditorPanel /></AppStoreProvider>);
  return store;
}

describe('long lists in the editor', () => {
  it('shows 20 of 45 cohorts and turns to the next and the last page (45 = 20 + 20 + 5)', () => {
    renderWithCohorts(N);
    expect(screen.getByText('Kohorter (45)')).toBeTruthy();
    expect(screen.getByText('Kohorter 1–20 af 45')).toBeTruthy();
    expect(cohortInputs()).toBe(40);
    expect(countField(0)).not.toBeNull();
    expect(countField(20)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Næste ›' }));
    expect(screen.getByText('Kohorter 21–40 af 45')).toBeTruthy();
    expect(countField(20)).not.toBeNull();
    expect(countField(0)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Sidste »' }));
    expect(screen.getByText('Kohorter 41–45 af 45')).toBeTruthy();
    expect(cohortInputs()).toBe(10);
    expect((screen.getByRole('button', { name: 'Næste ›' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('goes to the number typed, and refuses one outside 1–45 with a message', () => {
    renderWithCohorts(N);
    const goTo = screen.getByLabelText('Gå til nr. (kohorter)');
    fireEvent.change(goTo, { target: { value: '33' } });
    fireEvent.submit(goTo.closest('form')!);
    expect(screen.getByLabelText('Kohorte 33: antal deltagere')).toBeTruthy();
    fireEvent.change(goTo, { target: { value: '46' } });
    fireEvent.submit(goTo.closest('form')!);
    expect(screen.getByText('Skriv et helt tal fra 1 til 45.')).toBeTruthy();
    expect(goTo.getAttribute('aria-invalid')).toBe('true');
  });

  it('adds a cohort and shows the last page, where the new one is', () => {
    const store = renderWithCohorts(N);
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj kohorte' }));
    expect(store.getState().scenario!.targetGroups[0]!.cohorts).toHaveLength(46);
    expect(screen.getByText('Kohorter 41–46 af 46')).toBeTruthy();
    expect(countField(45)).not.toBeNull();
  });

  it('names a problem on another page, with a button to it, and a summary link turns to its page', async () => {
    const store = renderWithCohorts(N);
    act(() => store.getState().applyEdit('Fejl', (s) => ({
      ...s, targetGroups: s.targetGroups.map((g, i) => (i === 0 ? { ...g, cohorts: g.cohorts.map((c, k) => (k === 37 ? { ...c, count: -1 } : c)) } : g)),
    })));
    expect(screen.getByText('Der er et problem i nr. 38, som står på en anden side.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vis nr. 38' }));
    expect(countField(37)!.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(/som står på en anden side/)).toBeNull();
    // Back to page 1; the summary's link to the field turns to page 2 again and focuses it.
    fireEvent.click(screen.getByRole('button', { name: '« Første' }));
    expect(countField(37)).toBeNull();
    const link = screen.getByRole('link', { name: 'Målgruppe 1 › Kohorte 38 › Antal deltagere' });
    expect(link.getAttribute('href')).toBe('#ed-targetGroups-0-cohorts-37-count');
    act(() => {
      window.location.hash = 'ed-targetGroups-0-cohorts-37-count';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(document.activeElement).toBe(countField(37)));
  });
});
