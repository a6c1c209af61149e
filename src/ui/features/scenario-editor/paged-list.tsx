/**
 * A long list of the editor shown a page at a time, so any file the app accepts puts a bounded
 * number of fields in the page (issue 9: 100,000 cohorts rendered 200,034 inputs, and every click
 * re-ran their 200,000 store selectors). A list of one page shows no controls. A problem in an item
 * on another page is offered with a button to its page, and a link from the error summary
 * (#field-id) turns to the page that holds the field and focuses it.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { formatNumber } from '../../../format/numbers';
import { selectEditorErrors } from '../../../state/edits';
import { useScenarioCheck } from '../../../state';
import { parseAmountText } from '../../components/number-text';
import { useLocale } from '../../i18n/use-texts';
import { PAGE_SIZE } from './paging';
import { fieldIdOfKey, useEditorTexts } from './use-editor';

export { PAGE_SIZE };

interface Props {
  count: number;
  /** What the items are called, capitalised (»Kohorter«): the page controls' accessible name and status. */
  label: string;
  /** The index of the item an error path lies under (`targetGroups[0].cohorts[7].count` → 7), if any. */
  indexOfPath: (path: string) => number | undefined;
  /** The items from..to−1, wrapped as the list needs (an <ol>, table rows …). */
  children: (from: number, to: number) => ReactNode;
  /** An add button below the list; after adding, the page with the new (last) item is shown. */
  add?: { label: string; onAdd: () => void };
  pageSize?: number;
}

export function PagedList({ count, label, indexOfPath, children, add, pageSize = PAGE_SIZE }: Props) {
  const t = useEditorTexts();
  const locale = useLocale();
  const pages = Math.max(1, Math.ceil(count / pageSize));
  const [wanted, setWanted] = useState(0);
  const page = Math.min(wanted, pages - 1);
  const from = page * pageSize;
  const to = Math.min(count, from + pageSize);
  const focusAfterTurn = useRef<string | null>(null);
  // The first item with a problem that is not on this page (a number, so the selector is cheap to compare).
  const elsewhere = useScenarioCheck(selectEditorErrors, (errors) => {
    for (const e of errors) {
      const i = indexOfPath(e.path);
      if (i !== undefined && (i < from || i >= to)) return i;
    }
    return -1;
  });
  const indexOf = useRef(indexOfPath);
  indexOf.current = indexOfPath;

  // A link to a field (the error summary's) turns to the page that holds it.
  const errorsRef = useRef<readonly { path: string }[]>([]);
  errorsRef.current = useScenarioCheck(selectEditorErrors);
  useEffect(() => {
    const follow = () => {
      const target = decodeURIComponent(window.location.hash.slice(1));
      if (!target) return;
      const error = errorsRef.current.find((e) => fieldIdOfKey(e.path) === target);
      const i = error ? indexOf.current(error.path) : undefined;
      if (i === undefined) return;
      focusAfterTurn.current = target;
      setWanted(Math.floor(i / pageSize));
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [pageSize]);
  useEffect(() => {
    const target = focusAfterTurn.current;
    if (target === null) return;
    const element = document.getElementById(target);
    if (element) {
      focusAfterTurn.current = null;
      element.scrollIntoView?.({ block: 'center' }); // (jsdom has none)
      element.focus();
    }
  });

  const turn = (to: number) => setWanted(Math.max(0, Math.min(pages - 1, to)));
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      {count > 0 && children(from, to)}
      {pages > 1 && (
        <nav className="editor-pager" aria-label={t.paging.controls(label)}>
          <p className="editor-pager__status" aria-live="polite">{t.paging.status(label, n(from + 1), n(to), n(count))}</p>
          <button type="button" onClick={() => turn(0)} disabled={page === 0}>« {t.paging.first}</button>
          <button type="button" onClick={() => turn(page - 1)} disabled={page === 0}>‹ {t.paging.previous}</button>
          <button type="button" onClick={() => turn(page + 1)} disabled={page === pages - 1}>{t.paging.next} ›</button>
          <button type="button" onClick={() => turn(pages - 1)} disabled={page === pages - 1}>{t.paging.last} »</button>
          <GoTo label={label} count={count} onGo={(i) => turn(Math.floor(i / pageSize))} />
        </nav>
      )}
      {elsewhere >= 0 && (
        <p className="editor-field__error">
          {t.paging.problemElsewhere(n(elsewhere + 1))}{' '}
          <button type="button" onClick={() => turn(Math.floor(elsewhere / pageSize))}>{t.paging.showProblem(n(elsewhere + 1))}</button>
        </p>
      )}
      {add && (
        <button type="button" className="editor-add" onClick={() => { add.onAdd(); setWanted(Math.floor(count / pageSize)); }}>{add.label}</button>
      )}
    </>
  );
}

/** »Gå til nr. [   ] Vis«: turns to the page with item number N (1-based). */
function GoTo({ label, count, onGo }: { label: string; count: number; onGo: (index: number) => void }) {
  const t = useEditorTexts();
  const locale = useLocale();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const id = `pager-${useId().replace(/:/g, '')}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAmountText(text, locale);
    const ok = parsed.kind === 'number' && Number.isInteger(parsed.value) && parsed.value >= 1 && parsed.value <= count;
    setInvalid(!ok);
    if (ok) onGo(parsed.value - 1);
  };
  return (
    <form className="editor-pager__goto" onSubmit={submit}>
      <label htmlFor={id}>{t.paging.goTo(label)}</label>
      <input id={id} value={text} inputMode="numeric" size={7} onChange={(e) => setText(e.target.value)}
        aria-invalid={invalid || undefined} aria-describedby={invalid ? `${id}-error` : undefined} />
      <button type="submit">{t.paging.go}</button>
      {invalid && <span id={`${id}-error`} className="editor-field__error">{t.paging.goToInvalid(formatNumber(count, locale))}</span>}
    </form>
  );
}

/** indexOfPath for an array at `prefix` (path text): `${prefix}[7]…` → 7. */
export function indexUnder(prefix: string): (path: string) => number | undefined {
  return (path) => {
    if (!path.startsWith(`${prefix}[`)) return undefined;
    const end = path.indexOf(']', prefix.length + 1);
    const i = Number(path.slice(prefix.length + 1, end));
    return end > 0 && Number.isInteger(i) ? i : undefined;
  };
}
