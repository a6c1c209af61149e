/**
 * Share links: the scenario file, compressed with lz-string into URL-safe characters, carried in the
 * address's fragment as `#s=<data>`. Browsers never send the fragment to a server, so the scenario
 * stays between the people who pass the link on. Decoding validates like opening a file.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressUriSafe } from './bounded-lz-string';
import { parseScenarioText, serializeScenario, type LoadedScenario } from './load-scenario';
import type { ScenarioFile } from './scenario-schema';
import type { EngineError, Result } from '../engine';

const PREFIX = '#s=';
/** The most a link may expand to: the limit on files (5 MB), counted in characters. */
export const MAX_LINK_CHARS = 5 * 1024 * 1024;

/** The fragment, '#s=' included, that carries the scenario. */
export function encodeShareFragment(scenario: ScenarioFile): string {
  return PREFIX + compressToEncodedURIComponent(serializeScenario(scenario));
}

/** Whether a fragment (with or without '#') is a share link. */
export function isShareFragment(fragment: string): boolean {
  return (fragment.startsWith('#') ? fragment : `#${fragment}`).startsWith(PREFIX);
}

/**
 * The scenario a share fragment carries, or the field-path errors of a broken link (the path
 * '(link)' when the data cannot even be decompressed).
 */
export function decodeShareFragment(fragment: string): Result<LoadedScenario, EngineError> {
  const text = linkText(fragment, PREFIX, 'share link');
  return text.ok ? parseScenarioText(text.value) : text;
}

/**
 * The text a link's fragment (`<prefix><data>`) carries, decompressed within the 5 MB cap before
 * anything parses it; for scenario (#s=) and portfolio (#p=) links alike.
 */
export function linkText(fragment: string, prefix: string, kind: string): Result<string, EngineError> {
  const normalized = fragment.startsWith('#') ? fragment : `#${fragment}`;
  if (!normalized.startsWith(prefix)) return { ok: false, errors: [{ path: '(link)', message: `not a ${kind} (expected ${prefix}…)` }] };
  const decompressed = decompressUriSafe(normalized.slice(prefix.length), MAX_LINK_CHARS);
  if (!decompressed.ok || !decompressed.text) {
    const message = !decompressed.ok && decompressed.reason === 'too-large'
      ? 'the link expands to more than 5 MB; the limit is 5 MB, as for files'
      : 'the link is damaged or incomplete: its data cannot be decompressed';
    return { ok: false, errors: [{ path: '(link)', message }] };
  }
  return { ok: true, value: decompressed.text };
}
