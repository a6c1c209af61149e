/**
 * What the library has to tell the user: a refused file or link with its field-path errors (the
 * current work stayed), and, after switching documents, where the previous work is and a way back.
 */
import { useAppStore } from '../../../state';
import { useTexts, useLocale } from '../../i18n/use-texts';
import { texts } from './texts';
import { fieldPathText, problemMessageText } from '../../../format/problem-text';

export function LibraryMessages() {
  const t = useTexts(texts);
  const locale = useLocale();
  const rejected = useAppStore((s) => s.rejected);
  const notice = useAppStore((s) => s.switchNotice);
  const dismissRejected = useAppStore((s) => s.dismissRejected);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  const goBack = useAppStore((s) => s.goBack);
  const storageFailure = useAppStore((s) => s.storageFailure);
  const safeStart = useAppStore((s) => s.safeStart);
  const restoreLastWorking = useAppStore((s) => s.restoreLastWorking);
  const dismissStorageFailure = useAppStore((s) => s.dismissStorageFailure);
  return (
    <>
      {rejected && (
        <section className="library-message library-message--error" role="alert" aria-labelledby="library-rejected-heading">
          <h2 id="library-rejected-heading">{rejected.source === 'link' ? t.rejectedLink : t.rejected(rejected.source)}</h2>
          <ul>
            {rejected.errors.map((e) => <li key={`${e.path}:${e.message}`}>{fieldPathText(e.path, locale)}: {problemMessageText(e.message, locale)}</li>)}
          </ul>
          <p>{t.workKept}</p>
          <button type="button" className="library__button library__button--plain" onClick={dismissRejected}>{t.close}</button>
        </section>
      )}
      {safeStart && (
        <section className="library-message library-message--error" role="alert" aria-label={t.restoreLastWorking}>
          <p>{t.safeStart(safeStart.title)}</p>
          {safeStart.lastWorking
            ? <button type="button" className="library__button library__button--plain" onClick={restoreLastWorking}>{t.restoreLastWorking}</button>
            : <p>{t.noLastWorking}</p>}
        </section>
      )}
      {storageFailure && (
        <section className="library-message library-message--error" role="alert" aria-label={t.storageFailed[storageFailure.action]}>
          <p>{t.storageFailed[storageFailure.action]}</p>
          <p>{t.storageDetail} <code>{storageFailure.detail}</code></p>
          <button type="button" className="library__button library__button--plain" onClick={dismissStorageFailure}>{t.close}</button>
        </section>
      )}
      {notice && (
        <section className="library-message" role="status" aria-label={t.previousKept}>
          <p>{t.previousKept}</p>
          <div className="library-message__actions">
            <button type="button" className="library__button library__button--plain" onClick={goBack}>{t.goBack(notice.previous.title)}</button>
            <button type="button" className="library__button library__button--plain" onClick={dismissNotice} aria-label={t.closeMessage}>{t.close}</button>
          </div>
        </section>
      )}
    </>
  );
}
