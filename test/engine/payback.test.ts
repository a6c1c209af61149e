/**
 * Payback time (docs/semantics.md "Results"): the last time the cumulative net reaches zero from below
 * and stays at or above it, on the monthly series, linear within a month; 0 if never negative;
 * null if never paid back. Month m ends at time (m + 1)/12 years.
 */
import { describe, expect, it } from 'vitest';
import { paybackYears } from '../../src/engine';

describe('paybackYears', () => {
  it('is 0 when the cumulative net is never negative', () => {
    expect(paybackYears([0, 5, 0])).toBe(0);
    expect(paybackYears([])).toBe(0);
  });

  it('is null when the cumulative net is still negative at the horizon', () => {
    // Cumulative −10, −5.
    expect(paybackYears([-10, 5])).toBeNull();
  });

  it('interpolates linearly within the month of the crossing', () => {
    // Cumulative −10 after month 0 (time 1/12); month 1 brings +20, so zero is reached halfway
    // through month 1: (1 + 10/20)/12 = 0.125 years.
    expect(paybackYears([-10, 20, 0])).toBeCloseTo(0.125, 12);
    // Cumulative −30 after months 0–2 (time 3/12), then +40 a month: 3 + 30/40 = 3.75 months = 0.3125 years.
    expect(paybackYears([-10, -10, -10, 40, 40])).toBeCloseTo(3.75 / 12, 12);
  });

  it('counts reaching exactly zero at the end of a month as paid back then', () => {
    // Cumulative −10, 0: month 1 lifts it all the way, (1 + 10/10)/12 = 2/12.
    expect(paybackYears([-10, 10, 0])).toBeCloseTo(2 / 12, 12);
  });

  it('takes the last crossing when the cumulative net dips and recovers twice', () => {
    // Cumulative −12, 12, −12, −6, 6, 18: it first recovers in month 1, dips again in month 2, and
    // recovers for good in month 4, which starts at −6 and adds 12: (4 + 6/12)/12 = 0.375 years.
    expect(paybackYears([-12, 24, -24, 6, 12, 12])).toBeCloseTo(0.375, 12);
  });

  it('is null when it recovers and dips below zero again in the last month', () => {
    // Cumulative −5, 5, −1.
    expect(paybackYears([-5, 10, -6])).toBeNull();
  });
});
