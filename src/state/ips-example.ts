/**
 * The example the page opens with (the published IPS case), apart from the gallery (examples.ts):
 * the first page needs only this one, and the other scenario files load with the gallery.
 */
import ipsInklusion from '../../scenarios/ips-inklusion.json';

export interface Example {
  /** The file name in scenarios/ without '.json'. */
  id: string;
  /** The scenario's title, as in the file. */
  title: string;
  /** The first sentence of the file's description. */
  summary: string;
  /** The scenario file's JSON, validated when it is loaded. */
  json: unknown;
}

/** The first sentence: up to the first '.', '!' or '?' followed by a space and a capital letter. */
export function firstSentence(text: string): string {
  const match = /[.!?](?=\s+[A-ZÆØÅ])/.exec(text);
  return match ? text.slice(0, match.index + 1) : text.trim();
}

export function example(id: string, json: unknown): Example {
  const { title, description } = json as { title?: unknown; description?: unknown };
  return {
    id,
    title: typeof title === 'string' ? title : id,
    summary: typeof description === 'string' ? firstSentence(description) : '',
    json,
  };
}

export const IPS_EXAMPLE: Example = example('ips-inklusion', ipsInklusion);

/**
 * The files built into the app that the store opens without the validator (which is not in the
 * first load): test/state/trusted-example.test.ts proves the validator returns each unchanged.
 * Trust goes with the very object, not a flag, so an example with other JSON is always checked.
 */
const TRUSTED = new WeakSet<object>([ipsInklusion]);

export function isTrustedExample(example: Pick<Example, 'json'>): boolean {
  return typeof example.json === 'object' && example.json !== null && TRUSTED.has(example.json);
}
