/** exportFile: an export goes through the platform's saveExport; a failure is shown, never thrown. */
import { describe, expect, it } from 'vitest';
import { stringContaining } from '../matchers';
import { createAppStore, IPS_EXAMPLE } from '../../src/state';
import { fakePlatform } from './fake-platform';

const CSV = { description: 'CSV-fil', extensions: ['.csv'], mimeTypes: ['text/csv'] };

describe('exportFile', () => {
  it('hands the data, name and kind to the platform', async () => {
    const platform = fakePlatform();
    const saved: { text: string; fileName: string; kind: unknown }[] = [];
    platform.saveExport = async (data, fileName, kind) => { saved.push({ text: await data.text(), fileName, kind }); return true; };
    const store = createAppStore(IPS_EXAMPLE, { platform });
    await expect(store.getState().exportFile(new Blob(['a;b\n']), 'ips.csv', CSV)).resolves.toBe(true);
    expect(saved).toEqual([{ text: 'a;b\n', fileName: 'ips.csv', kind: CSV }]);
  });

  it('reports a failed save as a file failure, and says false where the platform cannot save exports', async () => {
    const platform = fakePlatform();
    const store = createAppStore(IPS_EXAMPLE, { platform });
    await expect(store.getState().exportFile(new Blob(['x']), 'x.csv', CSV)).resolves.toBe(false);
    expect(store.getState().storageFailure).toBeNull();
    platform.saveExport = async () => { throw new DOMException('disk full', 'NotReadableError'); };
    await expect(store.getState().exportFile(new Blob(['x']), 'x.csv', CSV)).resolves.toBe(false);
    expect(store.getState().storageFailure).toEqual({ action: 'file', detail: stringContaining('disk full') });
  });
});
