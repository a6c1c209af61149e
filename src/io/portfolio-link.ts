/**
 * Share links for portfolios: the portfolio file, compressed like a scenario link, in the fragment
 * as `#p=<data>` (docs/portfolio.md §6). The fragment never reaches a server; decoding is capped at
 * 5 MB before parsing and validates like opening the file.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import { parsePortfolioText, type LoadedPortfolio } from './load-portfolio';
import { linkText } from './share-link';
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
  const text = linkText(fragment, PREFIX, 'portfolio link');
  return text.ok ? parsePortfolioText(text.value) : text;
}
