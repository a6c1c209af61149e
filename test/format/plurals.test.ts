/**
 * Issue 11, item 5: counts go through the one grammar helper (src/format/words.ts, countOf), so one
 * line reads in the singular: »1 linje uden karakter er ikke korrigeret«, not »1 linjer …«.
 */
import { describe, expect, it } from 'vitest';
import { optimismStatement } from '../../src/format/optimism';
import { textsFor } from '../../src/cli/texts';

const summary = (ungradedLines: number) => ({ enabled: true, grades: [], ungradedLines });

describe('counts in the singular and the plural', () => {
  it('the optimism statement: one ungraded line, three ungraded lines', () => {
    expect(optimismStatement(summary(1), 'da')).toContain('1 linje uden karakter er ikke korrigeret');
    expect(optimismStatement(summary(3), 'da')).toContain('3 linjer uden karakter er ikke korrigeret');
    expect(optimismStatement(summary(1), 'en')).toContain('1 line without a grade is not corrected');
    expect(optimismStatement(summary(3), 'en')).toContain('3 lines without a grade are not corrected');
  });

  it('the CLI workbook note: one line written as a value', () => {
    expect(textsFor('da').wroteWorkbook('a.xlsx', 2048, 1)).toContain('; 1 linje er skrevet som værdi (ikke lineære)');
    expect(textsFor('da').wroteWorkbook('a.xlsx', 2048, 2)).toContain('; 2 linjer er skrevet som værdier (ikke lineære)');
    expect(textsFor('en').wroteWorkbook('a.xlsx', 2048, 1)).toContain('; 1 line is written as a value (not linear)');
  });
});
