/** One of the user's scenarios: open it, rename it, duplicate it, or delete it after a confirmation. */
import { useState, type FormEvent } from 'react';
import { useAppStore, type DocumentSummary } from '../../../state';
import { useLocale, useTexts } from '../../i18n/use-texts';
import { texts } from './texts';

type Mode = 'view' | 'rename' | 'confirm';

export function LibraryRow({ doc, kept, isOpen, onOpened }: { doc: DocumentSummary; kept: boolean; isOpen: boolean; onOpened: () => void }) {
  const t = useTexts(texts);
  const locale = useLocale();
  const openFromLibrary = useAppStore((s) => s.openFromLibrary);
  const renameDocument = useAppStore((s) => s.renameDocument);
  const duplicateDocument = useAppStore((s) => s.duplicateDocument);
  const deleteDocument = useAppStore((s) => s.deleteDocument);
  const [mode, setMode] = useState<Mode>('view');
  const [title, setTitle] = useState(doc.title);
  const when = new Date(doc.updatedAt).toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void renameDocument(doc.docId, title);
    setMode('view');
  };

  if (mode === 'rename') {
    return (
      <li className="library-row">
        <form className="library-row__rename" onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') setMode('view'); }}>
          <label>
            <span>{t.newTitle}</span>
            <input type="text" value={title} autoFocus required onChange={(e) => setTitle(e.target.value)} />
          </label>
          <button type="submit" className="library__button library__button--plain">{t.saveTitle}</button>
          <button type="button" className="library__button library__button--plain" onClick={() => setMode('view')}>{t.cancel}</button>
        </form>
      </li>
    );
  }

  return (
    <li className={`library-row${isOpen ? ' is-open' : ''}`}>
      <button type="button" className="library-row__title" aria-label={t.openDoc(doc.title)} aria-current={isOpen ? 'true' : undefined}
        onClick={() => { void openFromLibrary(doc.docId).then(onOpened); }}>
        {doc.title}
      </button>
      <span className="library-row__meta">{isOpen ? `${t.openNow} · ` : ''}{kept ? t.changed(when) : t.notKept}</span>
      {mode === 'confirm' ? (
        <span className="library-row__actions" role="group" aria-label={t.confirmRemove(doc.title)}>
          <span>{t.confirmRemove(doc.title)}</span>
          <button type="button" className="library__button library__button--danger" onClick={() => void deleteDocument(doc.docId)}>{t.yesRemove}</button>
          <button type="button" className="library__button library__button--plain" onClick={() => setMode('view')}>{t.cancel}</button>
        </span>
      ) : (
        <span className="library-row__actions">
          <button type="button" className="library__button library__button--plain" aria-label={t.rename(doc.title)}
            onClick={() => { setTitle(doc.title); setMode('rename'); }}>{t.labels.rename}</button>
          <button type="button" className="library__button library__button--plain" aria-label={t.duplicate(doc.title)}
            onClick={() => void duplicateDocument(doc.docId, t.copyOf)}>{t.labels.duplicate}</button>
          <button type="button" className="library__button library__button--plain" aria-label={t.remove(doc.title)}
            disabled={isOpen} title={isOpen ? t.cannotRemoveOpen : undefined} onClick={() => setMode('confirm')}>{t.labels.remove}</button>
        </span>
      )}
    </li>
  );
}
