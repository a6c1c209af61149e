/** Whether the work is kept: saving, saved in the browser, or (without storage) only in this page. */
import { useAppStore } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { texts } from './texts';

export function SaveStatus() {
  const t = useTexts(texts);
  const status = useAppStore((s) => s.saveStatus);
  const memoryOnly = useAppStore((s) => s.libraryStatus === 'memory');
  const text = status === 'failed' ? t.saveFailed : memoryOnly ? t.memoryOnly
    : status === 'pending' ? t.saving : status === 'saved' ? t.saved : '';
  return <span className={`library__status${status === 'failed' || memoryOnly ? ' is-warning' : ''}`}>{text}</span>;
}
