// @vitest-environment jsdom
/**
 * Issue 11, item 3: a catalogue constant's note (the long explanation of a figure's source) reads in
 * Danish in Danish mode, from models/dk/texts.da.json (`constants.<id>.note`) — but only while the note
 * is the shipped catalogue's own text; a note edited locally is shown as typed. Before, every note was
 * the catalogue's English in both languages.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import taxes from '../../models/dk/taxes.json';
import type { Dependency } from '../../src/engine';
import { catalogueNotes } from '../../src/io/catalogue-texts';
import { loadCatalogueTexts } from '../../src/io/catalogue-texts-loader';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE } from '../../src/state';
import { DependencyList } from '../../src/ui/features/explain/dependency-list';

afterEach(cleanup);
// The texts load on demand in the page (src/io/catalogue-texts-loader.ts); here they have arrived.
await loadCatalogueTexts();

const ORIGINAL = taxes.constants.kommuneskat_sats.note;

describe('catalogue constant notes', () => {
  it('are Danish in Danish mode while they are the catalogue\'s own text', () => {
    expect(catalogueNotes('da')('kommuneskat_sats', ORIGINAL)).toMatch(/^Den gennemsnitlige kommunale udskrivningsprocent i 2015/);
    expect(catalogueNotes('en')('kommuneskat_sats', ORIGINAL)).toBe(ORIGINAL);
  });

  it('are shown as typed when edited, or when the id is not the catalogue\'s', () => {
    const edited = `${ORIGINAL} Vores egen rettelse.`;
    expect(catalogueNotes('da')('kommuneskat_sats', edited)).toBe(edited);
    expect(catalogueNotes('da')('egen_konstant', ORIGINAL)).toBe(ORIGINAL);
  });

  it('are Danish in the explanation\'s list of inputs, and a parameter\'s note stays the user\'s', () => {
    const store = createAppStore(IPS_EXAMPLE);
    store.getState().setLanguage('da');
    const dependencies: Dependency[] = [
      { name: 'kommuneskat_sats', value: 0.249, kind: 'constant', label: 'Kommuneskat', unit: 'share', note: ORIGINAL },
      { name: 'kommuneskat_sats', value: 0.25, kind: 'parameter', label: 'Vores skat', unit: 'share', note: ORIGINAL },
    ];
    render(<AppStoreProvider store={store}><DependencyList dependencies={dependencies.slice(0, 1)} /></AppStoreProvider>);
    expect(screen.getByText(/^Den gennemsnitlige kommunale udskrivningsprocent/)).toBeTruthy();
    expect(screen.queryByText(/national average/)).toBeNull();
    cleanup();
    render(<AppStoreProvider store={store}><DependencyList dependencies={dependencies.slice(1)} /></AppStoreProvider>);
    expect(screen.getByText(/national average/)).toBeTruthy();
  });
});
