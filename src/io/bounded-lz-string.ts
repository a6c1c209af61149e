/**
 * lz-string's decompressFromEncodedURIComponent, with a limit on the size of what comes out.
 * LZ-style compression lets a few kilobytes expand to hundreds of megabytes (each code may stand for
 * a string one longer than the longest before it), so the output is counted as it is produced and
 * decompression stops as soon as it passes the limit, before the text is ever assembled or parsed.
 * The algorithm and the bit layout are lz-string 1.5's (MIT licence), read-only: test/io proves that
 * it decodes what lz-string's compressToEncodedURIComponent writes.
 */
const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const CHAR_VALUE = new Map([...URI_SAFE].map((ch, i) => [ch, i]));
/** Each character of the link carries six bits, the highest first. */
const RESET = 32;

export type Decompressed = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-large' };

export function decompressUriSafe(input: string, maxChars: number): Decompressed {
  const data = input.replace(/ /g, '+');
  let value = CHAR_VALUE.get(data.charAt(0)) ?? 0;
  let position = RESET;
  let index = 1;
  const readBits = (count: number): number => {
    let bits = 0;
    for (let power = 1; power !== 1 << count; power <<= 1) {
      const bit = value & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        value = CHAR_VALUE.get(data.charAt(index++)) ?? 0;
      }
      if (bit > 0) bits |= power;
    }
    return bits;
  };
  const literal = (code: number): string | null =>
    code === 0 ? String.fromCharCode(readBits(8)) : code === 1 ? String.fromCharCode(readBits(16)) : null;

  if (data.length === 0) return { ok: false, reason: 'damaged' };
  const first = literal(readBits(2));
  if (first === null) return { ok: false, reason: 'damaged' };
  const dictionary: string[] = ['', '', '', first];
  let enlargeIn = 4;
  let numBits = 3;
  let previous = first;
  const result = [first];
  let produced = first.length;
  const grow = () => {
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  };
  for (;;) {
    if (index > data.length) return { ok: false, reason: 'damaged' };
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    const added = literal(code);
    if (added !== null) {
      dictionary.push(added);
      code = dictionary.length - 1;
      grow();
    }
    const entry = code < dictionary.length && code > 2 ? dictionary[code]!
      : code === dictionary.length ? previous + previous.charAt(0) : null;
    if (entry === null) return { ok: false, reason: 'damaged' };
    produced += entry.length;
    if (produced > maxChars) return { ok: false, reason: 'too-large' };
    result.push(entry);
    dictionary.push(previous + entry.charAt(0));
    grow();
    previous = entry;
  }
}
