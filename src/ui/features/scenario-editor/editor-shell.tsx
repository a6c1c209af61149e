/**
 * The editor's place beside the results. The editor itself (every section, its words and the edits)
 * is not needed to show the first result, so it loads in a chunk of its own right after the first
 * paint; until then an empty panel of the same width holds its place. Its stylesheet stays here, in
 * the first load, so the placeholder has the panel's size. It shows the template notes in the user's
 * language, so it waits for the catalogue texts too (they load in parallel).
 */
import { lazyPart } from '../../components/lazy-part';
import { withCatalogueTexts } from '../../i18n/catalogue-names';
import './editor.css';

export const EditorShell = lazyPart(
  withCatalogueTexts(() => import('./editor-panel')), (m) => m.EditorPanel,
  <aside className="editor-panel" aria-busy="true" />,
);
