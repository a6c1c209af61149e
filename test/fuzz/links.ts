/** Share links for the link fuzz: a mutated example file, compressed, then maybe damaged in transit. */
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { caseText, EXAMPLES, fuzzCase, type FuzzCase } from './mutations';

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

export type Damage =
  | { kind: 'none' }
  | { kind: 'truncate'; at: number }
  | { kind: 'replace'; at: number; char: string }
  | { kind: 'append'; junk: string }
  | { kind: 'random'; data: string }
  | { kind: 'prefix'; prefix: string };

const uriChar = fc.constantFrom(...URI_SAFE.split(''), '%', '#', '=', ' ', 'æ', '\u0000', '\ud800');

const damaged: fc.Arbitrary<Damage> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: uriChar }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('append' as const), junk: fc.string({ unit: uriChar, maxLength: 20 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('random' as const), data: fc.string({ unit: uriChar, maxLength: 300 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('prefix' as const), prefix: fc.constantFrom('s=', '#s', '#S=', '#s==', '', '#s=#s=') }), weight: 1 },
);
export const damage: fc.Arbitrary<Damage> = fc.oneof({ arbitrary: fc.constant({ kind: 'none' as const }), weight: 2 }, { arbitrary: damaged, weight: 1 });

/**
 * Half the links carry a mutated file, mostly intact; the others an example as it is, always damaged
 * in transit (an intact example is tested elsewhere, and is the slowest case to run).
 */
export interface LinkCase { file: FuzzCase; damage: Damage }
export const linkCase: fc.Arbitrary<LinkCase> = fc.oneof(
  fc.record({ file: fuzzCase, damage }),
  fc.record({ file: fc.nat({ max: EXAMPLES.length - 1 }).map((example): FuzzCase => ({ example, mutations: [] })), damage: damaged }),
);

// Compressing is the slow part (≈ 7 ms a file): the unmutated examples are compressed once.
const compressed = new Map<number, string>();
function compress(c: FuzzCase): string {
  if (c.mutations.length > 0) return compressToEncodedURIComponent(caseText(c));
  let data = compressed.get(c.example);
  if (data === undefined) compressed.set(c.example, (data = compressToEncodedURIComponent(caseText(c))));
  return data;
}

/** The fragment as it arrives. */
export function linkFragment(c: LinkCase): string {
  const data = compress(c.file);
  const d = c.damage;
  switch (d.kind) {
    case 'none': return `#s=${data}`;
    case 'truncate': return `#s=${data.slice(0, d.at % (data.length + 1))}`;
    case 'replace': { const i = d.at % Math.max(1, data.length); return `#s=${data.slice(0, i)}${d.char}${data.slice(i + 1)}`; }
    case 'append': return `#s=${data}${d.junk}`;
    case 'random': return `#s=${d.data}`;
    case 'prefix': return `${d.prefix}${data}`;
  }
}
