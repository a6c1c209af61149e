/**
 * The year table as CSV in both dialects: Danish Excel's (semicolons, decimal commas) and the
 * standard one, with formula-neutralised text cells (OWASP) and quoting by the dialect's separator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, oere, tableCsv } from '../../src/format/csv';

describe('tableCsv', () => {
  const table = {
    header: ['Kasse', 'År 1', 'År 2'],
    rows: [
      { texts: ['Kommune'], values: [-1234.567, 0.125] },
      { texts: ['=HYPERLINK("http://x")'], values: [-0.004, 1234.5] },
      { texts: ['a;b, "c"'], values: [1e6, -7] },
    ],
  };

  it('writes semicolons and decimal commas in the Danish dialect, worked by hand', () => {
    // −1234,567 → −1234,57 (half away from zero); 0,125 → 0,13; −0,004 → 0 (never "-0"); 1e6 → 1000000 (no thousands separator).
    expect(tableCsv(table, 'da')).toBe([
      'Kasse;År 1;År 2',
      'Kommune;-1234,57;0,13',
      '"\'=HYPERLINK(""http://x"")";0;1234,5',
      '"a;b, ""c""";1000000;-7',
      '',
    ].join('\n'));
  });

  it('writes commas and dot decimals in the standard dialect, quoting what holds a comma', () => {
    expect(tableCsv(table)).toBe([
      'Kasse,År 1,År 2',
      'Kommune,-1234.57,0.13',
      '"\'=HYPERLINK(""http://x"")",0,1234.5',
      '"a;b, ""c""",1000000,-7',
      '',
    ].join('\n'));
  });

  it('neutralises every text that starts with =, +, -, @, tab or carriage return', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`, ';').replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('Kommune', ';')).toBe('Kommune');
  });

  it('gives the same number in both dialects (property)', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (v) => {
      const da = oere(v, 'da');
      expect(da).not.toContain('.');
      expect(Number(da.replace(',', '.'))).toBe(Number(oere(v)));
      expect(Math.abs(Number(oere(v)) - v)).toBeLessThanOrEqual(0.005 + 1e-6);
    }));
  });

  it('states the basis of the figures on a first line of its own, in either dialect, formula-neutralised', () => {
    const basis = 'Akkumuleret nettoresultat pr. deltager, der er startet, kr. (ikke diskonteret)';
    const one = { header: ['Kasse', 'År 1'], rows: [{ texts: ['Kommune'], values: [-1.5] }] };
    // Danish Excel: no ';' in the caption, so one unquoted cell; the standard dialect quotes it for its commas.
    expect(tableCsv({ caption: basis, ...one }, 'da')).toBe(`${basis}\nKasse;År 1\nKommune;-1,5\n`);
    expect(tableCsv({ caption: basis, ...one })).toBe(`"${basis}"\nKasse,År 1\nKommune,-1.5\n`);
    expect(tableCsv({ caption: 'Cumulative net result in total for all participants, DKK (undiscounted)', ...one }).split('\n')[0])
      .toBe('"Cumulative net result in total for all participants, DKK (undiscounted)"');
    // A caption is a text cell like any other: one that a spreadsheet would evaluate is neutralised.
    expect(tableCsv({ caption: '=1+1', ...one }, 'da').split('\n')[0]).toBe("'=1+1");
    // Without a caption the header is the first line, as before.
    expect(tableCsv(one, 'da').split('\n')[0]).toBe('Kasse;År 1');
  });

  it('writes a figure that does not exist (NaN: per started participant before anyone has started) as an empty cell', () => {
    expect(oere(NaN)).toBe('');
    expect(oere(NaN, 'da')).toBe('');
    expect(tableCsv({ header: ['Kasse', 'År 1', 'År 2'], rows: [{ texts: ['Kommune'], values: [NaN, -55000] }] }, 'da')).toBe('Kasse;År 1;År 2\nKommune;;-55000\n');
  });
});
