// @vitest-environment jsdom
/** A parameter's uncertainty in the editor: one named edit per change, percent for shares, and unsound distributions refused. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore } from '../../src/state';
import { UncertaintyFields } from '../../src/ui/features/scenario-editor/uncertainty-fields';

afterEach(cleanup);

function renderFields(name = 'andel_job_med_ips') {
  const store = createAppStore();
  render(<AppStoreProvider store={store}><UncertaintyFields name={name} /></AppStoreProvider>);
  return store;
}

const uncertainty = (store: ReturnType<typeof createAppStore>) => store.getState().scenario!.parameters.andel_job_med_ips!.uncertainty;

function type(label: RegExp, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  fireEvent.change(input, { target: { value: text } });
  fireEvent.blur(input);
  return input;
}

describe('the uncertainty fields', () => {
  it('gives a chosen PERT distribution ±20 % around the share, shown in percent, as one undoable edit', () => {
    const store = renderFields();
    fireEvent.change(screen.getByLabelText('Fordeling'), { target: { value: 'pert' } });
    // 0,58 ± 0,2 × 0,58 = 0,58 ± 0,116: 0,464 to 0,696.
    expect(uncertainty(store)).toEqual({ type: 'pert', min: 0.464, mode: 0.58, max: 0.696 });
    expect((screen.getByLabelText(/^Mest sandsynlig/) as HTMLInputElement).value).toBe('58 %');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(store.getState().lastEdit).toEqual({ key: 'setField', detail: 'Usikkerhed (Monte Carlo og følsomhed): Fordeling' });
  });

  it('commits a typed bound in percent and refuses a mode above the maximum, keeping what was typed', () => {
    const store = renderFields();
    fireEvent.change(screen.getByLabelText('Fordeling'), { target: { value: 'triangular' } });
    type(/^Maks\./, '75 %');
    expect(uncertainty(store)).toEqual({ type: 'triangular', min: 0.464, mode: 0.58, max: 0.75 });
    const mode = type(/^Mest sandsynlig/, '80');
    expect(mode.value).toBe('80');
    expect(mode.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Der skal gælde min. ≤ mest sandsynlig ≤ maks.')).toBeTruthy();
    expect(uncertainty(store)).toEqual({ type: 'triangular', min: 0.464, mode: 0.58, max: 0.75 });
  });

  it('refuses a negative standard deviation with the file format\'s message and removes an emptied optional bound', () => {
    const store = renderFields();
    fireEvent.change(screen.getByLabelText('Fordeling'), { target: { value: 'normal' } });
    // sd = 0,116 / 2 = 0,058.
    expect(uncertainty(store)).toEqual({ type: 'normal', mean: 0.58, sd: 0.058 });
    type(/^Standardafvigelse/, '−5 %');
    expect(uncertainty(store)).toEqual({ type: 'normal', mean: 0.58, sd: 0.058 });
    expect(screen.getByLabelText(/^Standardafvigelse/).getAttribute('aria-invalid')).toBe('true');
    type(/^Min\./, '40 %');
    expect(uncertainty(store)).toEqual({ type: 'normal', mean: 0.58, sd: 0.058, min: 0.4 });
    type(/^Min\./, '');
    expect(uncertainty(store)).toEqual({ type: 'normal', mean: 0.58, sd: 0.058 });
  });

  it('removes the uncertainty when »Ingen« is chosen', () => {
    const store = renderFields();
    fireEvent.change(screen.getByLabelText('Fordeling'), { target: { value: 'uniform' } });
    fireEvent.change(screen.getByLabelText('Fordeling'), { target: { value: '' } });
    expect(uncertainty(store)).toBeUndefined();
    expect(store.temporal.getState().pastStates).toHaveLength(2);
  });
});
