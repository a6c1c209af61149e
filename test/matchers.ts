/**
 * vitest's asymmetric matchers (expect.closeTo, expect.stringContaining, …) are typed `any`, which the
 * no-unsafe-* lint rules refuse inside an expected object. These return the same matcher, typed as the
 * value it stands for in the expected object (a number, a string, a T).
 */
import { expect } from 'vitest';

export const closeTo = (expected: number, digits?: number): number => expect.closeTo(expected, digits) as number;
export const stringContaining = (expected: string): string => expect.stringContaining(expected) as string;
export const stringMatching = (expected: string | RegExp): string => expect.stringMatching(expected) as string;
export const objectContaining = <T extends Record<string, unknown>>(expected: T): T => expect.objectContaining<Record<string, unknown>>(expected) as T;
export const anyString = (): string => expect.any(String) as string;
