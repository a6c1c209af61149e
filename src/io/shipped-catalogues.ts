/**
 * Every catalogue shipped in models/, bundled at build time (the app fetches nothing). A catalogue
 * is one file, or a folder whose catalogue.json lists its part files; add new files here.
 * test/models/ checks that this list and the files on disk agree.
 */
import core from '../../models/core.json';
import dkMinimal from '../../models/dk-minimal.json';

export interface ShippedCatalogue {
  /** Path under models/ of the catalogue file. */
  file: string;
  json: unknown;
  /** Part files (name relative to the catalogue's folder → content), for a catalogue split into files. */
  parts?: Record<string, unknown>;
}

export const SHIPPED_CATALOGUES: ShippedCatalogue[] = [
  { file: 'core.json', json: core },
  { file: 'dk-minimal.json', json: dkMinimal },
];
