/**
 * Language lives in ui and cli (issue 15, item 2): src/engine and src/state build no Danish text.
 * Every string literal there (comments stripped) is searched for æ, ø, å and for common Danish
 * words; the engine returns facts and the state records message keys, which ui and cli put in words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

/**
 * Words a Danish sentence or label would use and an English one would not (»refusion« stays: the
 * English texts keep the legal term). Ids and paths (`indsats`, `variant-2`) are not text.
 */
const IDENTIFIER = /^[a-z0-9_.\-…]*$/;
const DANISH_WORDS = /\b(og|ikke|fra|til|med|af|ved|eller|pr|kr|kopi|ny|nyt|tilføj|slet|ret|flyt|omdøb|kopiér|måned|md|år|netto|deltagere?|målgruppe|indsats|udgift|effekt|fastholdelse|karakter|gevinst|omkostning|realiseret|optag|anciennitet|fradrag|skabelon|scenarie|værdi)\b/i;
const DANISH_LETTERS = /[æøåÆØÅ]/;

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** String literals of a source text, with comments removed first and template expressions left out. */
export function stringLiterals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const out: string[] = [];
  for (const m of code.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\$\{[^}]*\}/g, '…');
    out.push(text);
  }
  return out;
}

function offenders(folder: string): string[] {
  return filesIn(join(SRC, folder)).flatMap((file) => {
    const source = readFileSync(file, 'utf8');
    const imports = new Set([...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]));
    return stringLiterals(source)
      .filter((s) => !imports.has(s))
      .filter((s) => DANISH_LETTERS.test(s) || (DANISH_WORDS.test(s) && !IDENTIFIER.test(s)))
      .map((s) => `${relative(SRC, file)}: '${s}'`);
  });
}

describe('no human language in the engine and the state', () => {
  it('finds Danish in a literal, and not in a comment or an identifier (the check can fail)', () => {
    expect(stringLiterals("// måned\nconst a = 'Netto'; /* år */ const b = `${x} (kopi)`;")).toEqual(['Netto', '… (kopi)']);
    expect(['Netto', '… (kopi)', 'fixedPerYear', 'perParticipantOnce'].filter((s) => DANISH_WORDS.test(s) || DANISH_LETTERS.test(s)))
      .toEqual(['Netto', '… (kopi)']);
    expect(IDENTIFIER.test('indsats-2')).toBe(true);
    expect(IDENTIFIER.test('Ny indsats')).toBe(false);
    expect(IDENTIFIER.test('ny indsats')).toBe(false);
  });

  for (const folder of ['engine', 'state']) {
    it(`src/${folder} has no Danish string literal`, () => {
      expect(offenders(folder)).toEqual([]);
    });
  }
});
