/**
 * Share links for portfolios: the portfolio file, compressed like a scenario link, in the fragment
 * as `#p=<data>` (docs/portfolio.md §6). The fragment never reaches a server; decoding is capped at
 * 5 MB before parsing and validates like opening the file.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { decompressUriSafe } from './bounded-lz-string';
import { parsePortfolioText, type LoadedPortfolio } from './load-portfolio';
import { MAX_LINK_CHARS } from './share-link';
import type { PortfolioFile } from './portfolio-schema';
import type { EngineError, Result } from '../engine';

const PREFIX = '#p=';

export function serializePortfolio(file: PortfolioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function encodePortfolioFragment(file: PortfolioFile): string {
  return PREFIX + compressToEncodedURIComponent(JSON.stringify(file));
}

export function isPortfolioFragment(fragment: string): boolean {
  return (fragment.startsWith('#') ? fragment : `#${fragment}`).startsWith(PREFIX);
}

export function decodePortfolioFragment(fragment: string): Result<LoadedPortfolio, EngineError> {
  const normalized = fragment.startsWith('#') ? fragment : `#${fragment}`;
  if (!normalized.startsWith(PREFIX)) return { ok: false, errors: [{ path: '(link)', message: 'not a portfolio link (expected #p=…)' }] };
  const decompressed = decompressUriSafe(normalized.slice(PREFIX.length), MAX_LINK_CHARS);
  if (!decompressed.ok || !decompressed.text) {
    const message = !decompressed.ok && decompressed.reason === 'too-large'
      ? 'the link expands to more than 5 MB; the limit is 5 MB, as for files'
      : 'the link is damaged or incomplete: its data cannot be decompressed';
    return { ok: false, errors: [{ path: '(link)', message }] };
  }
  return parsePortfolioText(decompressed.text);
}
