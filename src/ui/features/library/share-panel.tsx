/** The share link, shown in a read-only field to copy by hand (it is also put on the clipboard). */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { texts } from './texts';

export function SharePanel() {
  const t = useTexts(texts);
  const share = useAppStore((s) => s.share);
  const dismiss = useAppStore((s) => s.dismissShare);
  const field = useRef<HTMLInputElement>(null);
  const url = share?.url;
  useEffect(() => { field.current?.select(); }, [url]);
  if (!share) return null;
  return (
    <section className="library-message" aria-labelledby="library-share-heading">
      <h2 id="library-share-heading">{t.shareHeading}</h2>
      <p role="status">{share.copied ? t.copied : t.notCopied}</p>
      <label className="library-share__field">
        <span className="sr-only">{t.shareField}</span>
        <input ref={field} type="text" readOnly value={share.url} onFocus={(e) => e.target.select()} />
      </label>
      <p className="library-message__note">{t.shareNote}</p>
      <button type="button" className="library__button library__button--plain" onClick={dismiss}>{t.close}</button>
    </section>
  );
}
