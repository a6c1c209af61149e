// @vitest-environment jsdom
/**
 * Issue 10: every printed page of the report is numbered in the report's language — »Side n af m« in
 * Danish, »Page n of m« in English (it said »Side … af …« in both before). The rule is written by the
 * report view, so the test renders the view in each language and reads its @page rule.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AppStoreProvider, createAppStore, IPS_EXAMPLE } from '../../src/state';
import { ReportView } from '../../src/ui/features/report/report-view';
import { pageNumberRule } from '../../src/ui/features/report/texts';

afterEach(cleanup);

function pageRule(language: 'da' | 'en'): string {
  const store = createAppStore(IPS_EXAMPLE);
  store.getState().setLanguage(language);
  const { container } = render(<AppStoreProvider store={store}><ReportView onClose={() => {}} /></AppStoreProvider>);
  return [...container.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
}

describe('the printed report\'s page numbers', () => {
  it('say »Side n af m« in Danish', () => {
    const rule = pageRule('da');
    expect(rule).toContain('@page');
    expect(rule).toContain('content: "Side " counter(page) " af " counter(pages)');
  });

  it('say »Page n of m« in English, with no Danish word left', () => {
    const rule = pageRule('en');
    expect(rule).toContain('content: "Page " counter(page) " of " counter(pages)');
    expect(rule).not.toMatch(/Side|" af "/);
  });

  it('escapes quotes so a word cannot end the CSS string', () => {
    expect(pageNumberRule(['a"b ', ' \\ '])).toContain('content: "a\\"b " counter(page) " \\\\ " counter(pages)');
  });
});
