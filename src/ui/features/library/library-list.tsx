/**
 * "Mine scenarier": every document kept in this browser, newest first. The open document is always
 * listed (first, if it is an example nobody has changed yet and so not kept), so it can be renamed here.
 */
import { useMemo } from 'react';
import { useAppStore, type DocumentSummary } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { LibraryRow } from './library-row';
import { texts } from './texts';

export function LibraryList({ id, onDone }: { id: string; onDone: () => void }) {
  const t = useTexts(texts);
  const library = useAppStore((s) => s.library);
  const docId = useAppStore((s) => s.docId);
  const title = useAppStore((s) => s.scenario?.title);
  const rows = useMemo((): (DocumentSummary & { kept: boolean })[] => {
    const kept = library.map((doc) => ({ ...doc, kept: true }));
    if (title === undefined || library.some((doc) => doc.docId === docId)) return kept;
    return [{ docId, title, updatedAt: 0, kept: false }, ...kept];
  }, [library, docId, title]);
  return (
    <section id={id} className="library-popover" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.mine}</h2>
      {rows.length === 0 ? <p>{t.mineEmpty}</p> : (
        <ul className="library-list">
          {rows.map((doc) => <LibraryRow key={doc.docId} doc={doc} kept={doc.kept} isOpen={doc.docId === docId} onOpened={onDone} />)}
        </ul>
      )}
      <p className="library-message__note">{t.mineNote}</p>
    </section>
  );
}
