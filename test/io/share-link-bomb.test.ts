/**
 * Share links are capped like files: a link whose data would expand past 5 MB is refused while it is
 * being decompressed. The bounded decompressor must read exactly what lz-string writes.
 */
import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decompressUriSafe } from '../../src/io/bounded-lz-string';
import { decodeShareFragment, MAX_LINK_CHARS } from '../../src/io/share-link';
import { stringContaining } from '../matchers';

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/**
 * A decompression bomb written directly in lz-string's format (compressing 200 MB would take
 * minutes): the literal 'a', then each code naming the entry about to be made, so the n-th code
 * expands to n+1 characters and `codes` codes expand to about codes²/2 characters.
 */
function bombLink(codes: number): string {
  const bits: number[] = [];
  const write = (value: number, count: number) => { for (let i = 0; i < count; i++) bits.push((value >> i) & 1); };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let numBits = 3, enlargeIn = 4, dictSize = 4;
  for (let n = 0; n < codes; n++) {
    write(dictSize, numBits);
    dictSize++;
    if (--enlargeIn === 0) { enlargeIn = 2 ** numBits; numBits++; }
  }
  write(2, numBits);
  while (bits.length % 6 !== 0) bits.push(0);
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let b = 0; b < 6; b++) v = (v << 1) | bits[i + b]!;
    out += URI_SAFE[v];
  }
  return out;
}

describe('bounded share-link decompression', () => {
  it('decodes whatever lz-string encodes, as lz-string does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const encoded = compressToEncodedURIComponent(text);
      const result = decompressUriSafe(encoded, MAX_LINK_CHARS);
      expect(result).toEqual(text === '' ? { ok: false, reason: 'damaged' } : { ok: true, text });
    }), { numRuns: 500 });
  });

  it('the bomb generator writes real lz-string data (checked small)', () => {
    expect(decompressFromEncodedURIComponent(bombLink(100))).toBe('a'.repeat(1 + (101 * 102) / 2 - 1));
  });

  it('a 45 kB link that expands to 200 MB is refused before it is expanded', () => {
    const link = bombLink(20_000);
    expect(link.length).toBeGreaterThan(40_000);
    expect(link.length).toBeLessThan(50_000);
    const decoded = decodeShareFragment(`#s=${link}`);
    expect(decoded).toEqual({ ok: false, errors: [{ path: '(link)', message: stringContaining('more than 5 MB') }] });
  });

  it('truncated and foreign data is a damaged link, not an exception', () => {
    const encoded = compressToEncodedURIComponent('{"kind":"afkast.scenario","schemaVersion":1}');
    for (const data of [encoded.slice(0, 10), '!!!!', '', 'A'])
      expect(decodeShareFragment(`#s=${data}`)).toMatchObject({ ok: false, errors: [{ path: '(link)' }] });
  });
});
