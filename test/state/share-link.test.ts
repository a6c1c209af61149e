/** Share links: the scenario survives the trip through the URL fragment; a damaged link gives errors, not a crash. */
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from '../../src/io/share-link';
import { parseScenarioJson } from '../../src/io/load-scenario';
import { createAppStore, IPS_EXAMPLE } from '../../src/state';
import { fakePlatform, PAGE } from './fake-platform';

const ips = () => {
  const loaded = parseScenarioJson(IPS_EXAMPLE.json);
  if (!loaded.ok) throw new Error('the IPS example does not load');
  return loaded.value.scenario;
};

describe('share links', () => {
  it('round-trips the scenario through #s=… unchanged, in characters that need no escaping', () => {
    const scenario = { ...ips(), title: 'Æblegrød & 55.000 kr.' };
    const fragment = encodeShareFragment(scenario);
    expect(fragment.startsWith('#s=')).toBe(true);
    expect(fragment.slice(3)).toMatch(/^[A-Za-z0-9+\-$]*$/); // lz-string's URI-safe alphabet
    const decoded = decodeShareFragment(fragment);
    expect(decoded.ok && decoded.value.scenario).toEqual(scenario);
  });

  it('is shorter than the file it carries (IPS: about 4 of 6.4 kB)', () => {
    const scenario = ips();
    const fileLength = JSON.stringify(scenario, null, 2).length;
    expect(encodeShareFragment(scenario).length).toBeLessThan(fileLength * 0.75);
  });

  it('reports a damaged link as an error at (link)', () => {
    const decoded = decodeShareFragment('#s=%%%');
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.errors[0]?.path).toBe('(link)');
  });

  it('reports a truncated link with the file format’s field-path errors or a (link) error', () => {
    const fragment = encodeShareFragment(ips());
    const decoded = decodeShareFragment(fragment.slice(0, Math.floor(fragment.length / 2)));
    expect(decoded.ok).toBe(false);
    expect(!decoded.ok && decoded.errors.length).toBeGreaterThan(0);
  });

  it('recognises only #s= fragments as links', () => {
    expect(isShareFragment('#s=abc')).toBe(true);
    expect(isShareFragment('s=abc')).toBe(true);
    expect(isShareFragment('#table')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });

  it('copies the page address plus the fragment to the clipboard and keeps it on show', async () => {
    const platform = fakePlatform();
    const store = createAppStore(IPS_EXAMPLE, { platform });
    await store.getState().createShareLink();
    const url = store.getState().share?.url ?? '';
    expect(url.startsWith(`${PAGE}#s=`)).toBe(true);
    expect(platform.clipboard).toEqual([url]);
    expect(store.getState().share?.copied).toBe(true);
    const decoded = decodeShareFragment(url.slice(PAGE.length));
    expect(decoded.ok && decoded.value.scenario.title).toBe(IPS_EXAMPLE.title);
  });
});
