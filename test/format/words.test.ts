/** One helper for counts and full stops (issue 11, item 5): the grammar a native writer expects. */
import { describe, expect, it } from 'vitest';
import { countOf, sentence } from '../../src/format/words';
import { unitText } from '../../src/format/units';

const parameter = { one: 'usikker parameter', other: 'usikre parametre' };

describe('countOf', () => {
  it('uses the singular for exactly one and the plural otherwise, in the language\'s number format', () => {
    expect(countOf(1, parameter)).toBe('1 usikker parameter');
    expect(countOf(0, parameter)).toBe('0 usikre parametre');
    expect(countOf(3, parameter)).toBe('3 usikre parametre');
    expect(countOf(1200, { one: 'deltager', other: 'deltagere' })).toBe('1.200 deltagere');
    expect(countOf(1200, { one: 'participant', other: 'participants' }, 'en')).toBe('1,200 participants');
  });
});

describe('sentence', () => {
  it('closes a sentence once, also after an abbreviation', () => {
    expect(sentence('P95 265.805 kr.')).toBe('P95 265.805 kr.');
    expect(sentence('P95 DKK 265,805')).toBe('P95 DKK 265,805.');
    expect(sentence('Springet sker ved 10 måneder ')).toBe('Springet sker ved 10 måneder.');
  });
});

describe('unitText', () => {
  it('names the file\'s unit codes in words, and leaves a unit the user typed as it is', () => {
    expect(unitText('share', 'da')).toBe('andel');
    expect(unitText('DKK/hour', 'da')).toBe('kr./time');
    expect(unitText('DKK/month', 'en')).toBe('DKK/month');
    expect(unitText('months', 'en')).toBe('months');
    expect(unitText('pladser', 'en')).toBe('pladser');
  });
});
