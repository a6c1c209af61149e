// @vitest-environment jsdom
/**
 * »Hvad skal være sandt?« on the IPS case, worked by hand from docs/reference-case-ips.md §4–5: the cost is
 * 55.000 kr./år for 1,5 years = 82.500 kr.; each extra person-year in job is worth
 * 100.619,91 + 8.897,83 + 55.068 = 164.585,74 kr. in total; the effect share above the deadweight
 * (0,58 − 0,235 = 0,345) lasts 5 years from month 18, inside the 7-year horizon; no discounting.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { selectRun } from '../../src/state/selectors/view';
import { IPS_EXAMPLE } from '../../src/state';
import { renderSensitivity } from './sensitivity-support';

afterEach(cleanup);

/** The solver's own controls (the tornado below has a ledger choice of its own). */
const solver = () => screen.getByRole('region', { name: /Hvad skal være sandt\?|What must be true\?/ });
const choose = (label: string, value: string) => fireEvent.change(within(solver()).getByRole('combobox', { name: label }), { target: { value } });
const answer = () => screen.getByTestId('break-even-value').textContent;

describe('the break-even solver in the sensitivity tab', () => {
  it('finds the effect share at which the total NPV is zero: 0,235 + 82.500 / (164.585,74 × 5) = 33,5 %', () => {
    renderSensitivity();
    choose('Antagelse', 'andel_job_med_ips');
    // 82.500 / 822.928,7 = 0,10025 → 0,33525 → 33,5 %, beside today's 58,0 %.
    expect(answer()).toBe('33,5 %');
    const figures = screen.getByTestId('break-even-value').closest('dl')!;
    expect(within(figures).getByText('58,0 %')).toBeTruthy();
    expect(within(figures).getByText('Andel i job med IPS skal være')).toBeTruthy();
  });

  it('gives money in kroner with its unit: the cost per year may rise to 283.910,35 / 1,5 = 189.274 kr.', () => {
    renderSensitivity();
    choose('Antagelse', 'omkostning_pr_aar');
    // Gains 5 × 0,345 × 164.585,74 = 283.910,40 must equal the cost X × 1,5 → X = 189.273,60.
    expect(answer()).toBe('189.274 kr. pr. person pr. år');
  });

  it('solves »paid back within 3 years«: 0,235 + 82.500 / (164.585,74 × 1,5) = 56,9 %', () => {
    renderSensitivity();
    choose('Antagelse', 'andel_job_med_ips');
    choose('Mål', 'payback');
    choose('N (år)', '3');
    // Cumulative at year 3 = −82.500 + (x − 0,235) × 164.585,74 × 1,5 (1,5 years of effect); at 0,58 it is
    // 2.673,1, so the answer is just below: 82.500 / 246.878,61 = 0,33417 → x = 0,56917 → 56,9 %.
    expect(answer()).toBe('56,9 %');
  });

  it('says clearly when no value in the interval works: the region gains for any programme length from 1 to 60 months', () => {
    renderSensitivity();
    choose('Antagelse', 'forloeb_maaneder');
    choose('Regnskab', 'region');
    // The region pays nothing and gains 0,345 × 8.897,83 kr. a year from the programme's end; even after
    // 60 months there are 2 years of gain left in the 7-year horizon, so its NPV is positive throughout.
    expect(screen.queryByTestId('break-even-value')).toBeNull();
    expect(screen.getByText('Ingen værdi i intervallet [1; 60]')).toBeTruthy();
    expect(screen.getByText(/skifter ikke fortegn/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Brug værdien' })).toBeNull();
  });

  it('solves a month field to the smallest whole month that pays back, in months: 18 måneder', () => {
    // The effect's duration typed as a parameter without a unit that only the duration field reads (0–120).
    // Paid back within 5 years: the 82.500 kr. cost against 0,345 × 164.585,74 / 12 = 4.731,84 kr. a month
    // of effect from month 18: 17 months give 80.441 kr. (short), 18 give 85.173 kr. — so 18 months.
    const json = structuredClone(IPS_EXAMPLE.json) as { parameters: Record<string, unknown>; targetGroups: { interventions: { outcomes: Record<string, unknown>[] }[] }[] };
    json.parameters.effekt_maaneder = { value: 60, label: 'Effektens varighed i måneder', min: 0, max: 120 };
    json.targetGroups[0]!.interventions[0]!.outcomes[0]!.durationMonths = 'effekt_maaneder';
    renderSensitivity({ ...IPS_EXAMPLE, json });
    choose('Antagelse', 'effekt_maaneder');
    choose('Mål', 'payback');
    choose('N (år)', '5');
    expect(answer()).toBe('18 måneder');
    expect(screen.queryByText(/Ingen værdi/)).toBeNull();
    expect(screen.queryByText(/jumps|across zero/)).toBeNull();
  });

  it('solves a number typed straight into a field, named by its path in words, and »Brug værdien« sets the field', () => {
    // The cost typed as 55.000 kr. instead of the parameter: the same break-even as omkostning_pr_aar, 189.274 kr.
    const json = structuredClone(IPS_EXAMPLE.json) as { targetGroups: { interventions: { costs: Record<string, unknown>[] }[] }[] };
    json.targetGroups[0]!.interventions[0]!.costs[0]!.amount = 55000;
    const { store } = renderSensitivity({ ...IPS_EXAMPLE, json });
    const options = within(within(solver()).getByRole('combobox', { name: 'Antagelse' })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('Målgruppe 1 › Indsats 1 › Udgift 1 › Beløb');
    choose('Antagelse', 'field:targetGroups[0].interventions[0].costs[0].amount');
    expect(answer()).toBe('189.274 kr. pr. person pr. år');
    fireEvent.click(screen.getByRole('button', { name: 'Brug værdien' }));
    expect(store.getState().scenario!.targetGroups[0]!.interventions[0]!.costs[0]!.amount).toBeCloseTo(189273.6, 0);
    expect(store.getState().scenario!.parameters.solved_field).toBeUndefined();
  });

  it('applies the value as one named, undoable edit that brings the total NPV to zero', () => {
    const { store } = renderSensitivity();
    choose('Antagelse', 'andel_job_med_ips');
    fireEvent.click(screen.getByRole('button', { name: 'Brug værdien' }));
    const state = store.getState();
    expect(state.scenario!.parameters.andel_job_med_ips!.value).toBeCloseTo(0.33525, 5);
    expect(state.lastEdit).toEqual({ key: 'useBreakEvenValue', detail: 'andel_job_med_ips' });
    const run = selectRun(state);
    expect(run?.ok && Math.abs(run.value.total.npv)).toBeLessThan(0.01);
    // The answer now matches today's value, so there is nothing more to apply.
    expect(screen.queryByRole('button', { name: 'Brug værdien' })).toBeNull();
    expect(screen.getByText('Værdien er i brug.')).toBeTruthy();
    store.temporal.getState().undo();
    expect(store.getState().scenario!.parameters.andel_job_med_ips!.value).toBe(0.58);
  });

  it('speaks English when the language is English', () => {
    const { store } = renderSensitivity();
    act(() => store.getState().setLanguage('en'));
    choose('Assumption', 'andel_job_med_ips');
    expect(answer()).toBe('33.5%');
    expect(screen.getByRole('button', { name: 'Use the value' })).toBeTruthy();
  });
});
