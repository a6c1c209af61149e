// @vitest-environment jsdom
/**
 * The library toolbar as a user meets it: undo/redo that name the edit, by button and by keyboard;
 * "Mine scenarier" with rename and a confirmed delete; a broken file refused with its errors; the
 * share link on show; an example opened with the way back offered. Every control has a name.
 */
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE, type AppStore } from '../../src/state';
import { EXAMPLES } from '../../src/state/examples';
import { preloadLazyParts } from '../../src/ui/components/lazy-part';
import { LibraryToolbar } from '../../src/ui/features/library/library-toolbar';
import { fakePlatform, PAGE } from '../state/fake-platform';

// The popovers load on demand in the page; here they are fetched once, up front.
await preloadLazyParts();

afterEach(cleanup);

const retitle = (title: string) => <S extends { title: string }>(s: S): S => ({ ...s, title });

async function renderToolbar(): Promise<AppStore> {
  const store = createAppStore(IPS_EXAMPLE, { platform: fakePlatform(), autosaveDelayMs: 0 });
  render(<AppStoreProvider store={store}><LibraryToolbar /></AppStoreProvider>);
  await act(() => store.getState().startLibrary()); // already started by the toolbar; waits for it
  return store;
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });

describe('the library toolbar', () => {
  it('disables undo and redo until there is something to undo, and names the edit in the title', async () => {
    const store = await renderToolbar();
    expect((button(/Fortryd/) as HTMLButtonElement).disabled).toBe(true);
    expect(button(/Fortryd/).title).toBe('Intet at fortryde');
    // The state records a message key; the toolbar names it in the user's language.
    act(() => store.getState().applyEdit('renameDocument', retitle('A')));
    expect((button(/Fortryd/) as HTMLButtonElement).disabled).toBe(false);
    expect(button(/Fortryd/).title).toBe('Fortryd: Omdøb scenariet (Ctrl+Z)');
    fireEvent.click(button(/Fortryd/));
    expect(store.getState().scenario?.title).toBe(IPS_EXAMPLE.title);
    expect(button(/Gentag/).title).toBe('Gentag: Omdøb scenariet (Ctrl+Shift+Z)');
    act(() => store.getState().setLanguage('en'));
    expect(button(/Redo/).title).toBe('Redo: Rename the scenario (Ctrl+Shift+Z)');
    act(() => store.getState().setLanguage('da'));
    fireEvent.click(button(/Gentag/));
    expect(store.getState().scenario?.title).toBe('A');
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Y, but leaves Ctrl+Z in a text field to the field', async () => {
    const store = await renderToolbar();
    act(() => store.getState().applyEdit('Omdøb', retitle('A')));
    const field = document.body.appendChild(document.createElement('input'));
    fireEvent.keyDown(field, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario?.title).toBe('A');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(store.getState().scenario?.title).toBe(IPS_EXAMPLE.title);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.getState().scenario?.title).toBe('A');
    field.remove();
  });

  it('lists my scenarios, renames one and deletes another after a confirmation', async () => {
    const store = await renderToolbar();
    act(() => store.getState().applyEdit('Omdøb', retitle('Første')));
    await act(() => store.getState().flushSave());
    await act(() => store.getState().duplicateDocument(store.getState().docId, (t) => `${t} (kopi)`));
    fireEvent.click(button('Mine scenarier'));
    const list = screen.getByRole('region', { name: 'Mine scenarier' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect((within(list).getByRole('button', { name: 'Slet »Første«' }) as HTMLButtonElement).disabled).toBe(true); // it is open

    fireEvent.click(within(list).getByRole('button', { name: 'Omdøb »Første«' }));
    fireEvent.change(within(list).getByRole('textbox', { name: 'Ny titel' }), { target: { value: 'Min case' } });
    await act(async () => { fireEvent.click(within(list).getByRole('button', { name: 'Gem titel' })); });
    expect(store.getState().scenario?.title).toBe('Min case');

    fireEvent.click(within(list).getByRole('button', { name: 'Slet »Første (kopi)«' }));
    expect(within(list).getByText('Slet »Første (kopi)« for altid?')).toBeTruthy();
    await act(async () => { fireEvent.click(within(list).getByRole('button', { name: 'Ja, slet' })); });
    expect(store.getState().library.map((d) => d.title)).toEqual(['Min case']);
  });

  it('refuses a broken file chosen in the file field, lists its errors, and keeps the work', async () => {
    const store = await renderToolbar();
    const before = store.getState().scenario;
    const input = screen.getByLabelText('Åbn en scenariefil (JSON)') as HTMLInputElement;
    const file = new File(['{"kind":"afkast.scenario","schemaVersion":1,"title":3}'], 'forkert.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('»forkert.json« kunne ikke åbnes');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent!.split(':')[0])).toContain('Titel');
    expect(store.getState().scenario).toBe(before);
    fireEvent.click(within(alert).getByRole('button', { name: 'Luk' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the share link in a field to copy by hand', async () => {
    await renderToolbar();
    await act(async () => { fireEvent.click(button('Del link')); });
    const field = screen.getByRole('textbox', { name: 'Link til scenariet' }) as HTMLInputElement;
    expect(field.value.startsWith(`${PAGE}#s=`)).toBe(true);
    expect(screen.getByText(/Linket er kopieret/)).toBeTruthy();
  });

  it('opens an example from the gallery and offers the way back to the previous work', async () => {
    const store = await renderToolbar();
    act(() => store.getState().applyEdit('Omdøb', retitle('Mit arbejde')));
    fireEvent.click(button('Eksempler'));
    const gallery = screen.getByRole('region', { name: 'Eksempler' });
    const other = EXAMPLES.at(-1)!;
    expect(within(gallery).getAllByRole('listitem')).toHaveLength(EXAMPLES.length);
    fireEvent.click(within(gallery).getByRole('button', { name: other.title }));
    expect(store.getState().scenario?.title).toBe(other.title);
    expect(screen.queryByRole('region', { name: 'Eksempler' })).toBeNull();
    expect(screen.getByText('Dit tidligere arbejde er gemt under Mine scenarier.')).toBeTruthy();
    fireEvent.click(button('Tilbage til »Mit arbejde«'));
    expect(store.getState().scenario?.title).toBe('Mit arbejde');
  });

  it('has no serious accessibility violations with its panels open', async () => {
    const store = await renderToolbar();
    act(() => store.getState().applyEdit('Omdøb', retitle('Mit arbejde')));
    await act(() => store.getState().flushSave());
    fireEvent.click(button('Mine scenarier'));
    await act(async () => { fireEvent.click(button('Del link')); });
    const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
