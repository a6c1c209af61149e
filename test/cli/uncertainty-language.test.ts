/**
 * Issue 11: the uncertainty analyses on the command line (--montecarlo, --tornado, --compare) speak the
 * language asked for. Before, they printed English words and »1.00« under --lang da. A fixed list of
 * each language's words must not appear in the other's output, and Danish numbers use the Danish
 * format (no decimal point, no exponent). The compared assumptions are named in words, not JSON paths.
 */
import { describe, expect, it } from 'vitest';
import { IPS_FILE, runCliInProcess, shorterEffectVariant } from './run-cli';

const ENGLISH = ['draws', 'failed', 'seed', 'uncertain', 'none', 'Drivers', 'rank correlation', 'low', 'high', 'switching value', 'payback', 'differs', 'assumptions', 'total', 'years', 'Value', 'Uncertainty', 'Optimism'];
const DANISH = ['træk', 'mislykkedes', 'frø', 'usikre', 'ingen', 'drivere', 'rangkorrelation', 'lav', 'høj', 'skifteværdi', 'tilbagebetalt', 'tilbagebetalingstid', 'adskiller', 'antagelser', 'i alt', 'år', 'Værdi', 'Usikkerhed', 'Optimismekorrektion'];


/** Every word of the list found in the text, as a whole word (case-insensitive). */
function wordsIn(text: string, words: string[]): string[] {
  return words.filter((w) => new RegExp(`(^|[^\\p{L}])${w}(?![\\p{L}])`, 'iu').test(text));
}

describe('the uncertainty analyses in Danish and English', () => {
  const variant = shorterEffectVariant('IPS variant');
  const runs = (lang: string) => Promise.all([
    runCliInProcess([variant, '--montecarlo', '200', '--seed', 'x', '--lang', lang]),
    runCliInProcess([IPS_FILE, '--tornado', '--lang', lang]),
    runCliInProcess([IPS_FILE, '--compare', variant, '--lang', lang]),
  ]);

  it('--lang da: Danish words and numbers only', async () => {
    const out = await runs('da');
    for (const r of out) expect(r.code).toBe(0);
    // The titles are the user's own; the list words are ours.
    const text = out.map((r) => r.stdout.replace(/IPS[^\n]*Tabel 6\.4|IPS variant/g, '')).join('\n');
    expect(wordsIn(text, ENGLISH)).toEqual([]);
    expect(text).not.toMatch(/\d\.\d{1,2}(?!\d)|\de-\d/);
    expect(text).toContain('Vigtigste drivere for den samlede nutidsværdi (rangkorrelation): andel_job_med_ips 1,00');
    expect(text).toContain('200 træk (0 mislykkedes), frø x');
    expect(text).toMatch(/lav +høj +NPV lav +NPV høj +skifteværdi/);
    expect(out[2].stdout).toContain('IPS variant adskiller sig i 3 antagelser:');
    expect(out[2].stdout).toContain('Parameter effekt_aar › Værdi: 5 → 3');
    expect(out[2].stdout).toContain('Parameter andel_job_med_ips › Usikkerhed: (ingen) → { Fordeling: ligefordeling; Mindste værdi: 0,5; Største værdi: 0,66 }');
    expect(out[2].stdout).not.toContain('parameters.');
  });

  it('--lang en: English words and numbers only', async () => {
    const out = await runs('en');
    for (const r of out) expect(r.code).toBe(0);
    const text = out.map((r) => r.stdout.replace(/IPS[^\n]*Tabel 6\.4|IPS variant/g, '')).join('\n');
    expect(wordsIn(text, DANISH)).toEqual([]);
    expect(text).toContain('Drivers of the total NPV (rank correlation): andel_job_med_ips 1.00');
    expect(text).toContain('Tornado: NPV (total) = 201,410');
    expect(out[2].stdout).toContain('Parameter effekt_aar › Value: 5 → 3');
    expect(out[2].stdout).not.toContain('parameters.');
  });
});
