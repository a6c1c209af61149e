/**
 * A text input that keeps what is typed as a draft and commits it on blur or Enter (Escape reverts),
 * so one change is one edit and one undo step. `onCommit` returns false to keep the draft (the parent
 * shows why); the input then stays as typed.
 *
 * Undo (issue 11, item 9): while a draft differs from the committed value, Ctrl+Z is the browser's own
 * undo of the typing. Without one, the input is marked `data-undo="store"` and not `data-draft`, so the
 * page's undo key undoes the last edit of the scenario instead, and the field shows the restored value
 * at once; a draft that typing-undo brought back to the committed text is dropped, so leaving the field
 * records no extra edit.
 */
import { useState, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> {
  id: string;
  /** The committed value, as shown when there is no draft. */
  text: string;
  onCommit: (text: string) => boolean;
  /** Called when a draft is dropped (Escape, or a new committed value). */
  onRevert?: () => void;
}

export function DraftInput({ text, onCommit, onRevert, onBlur, onKeyDown, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    if (draft === text || onCommit(draft)) setDraft(null);
  };
  const pending = draft !== null && draft !== text;
  return (
    <input
      type="text"
      {...rest}
      data-undo="store"
      data-draft={pending ? 'pending' : undefined}
      value={draft ?? text}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => { commit(); onBlur?.(e); }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') { e.preventDefault(); commit(); }
        if (e.key === 'Escape' && draft !== null) { e.preventDefault(); setDraft(null); onRevert?.(); }
        if ((e.ctrlKey || e.metaKey) && !pending && draft !== null) setDraft(null);
        onKeyDown?.(e);
      }}
    />
  );
}
