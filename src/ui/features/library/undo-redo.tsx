/** Undo and redo buttons, each naming the edit it would undo or redo; disabled when there is none. */
import { useStore } from 'zustand';
import { useAppStoreApi, type EditLabel } from '../../../state';
import { editName } from '../../i18n/edit-names';
import { useTexts } from '../../i18n/use-texts';
import { texts } from './texts';

export function UndoRedo() {
  const store = useAppStoreApi();
  const t = useTexts(texts);
  const canUndo = useStore(store.temporal, (s) => s.pastStates.length > 0);
  const nextRedo = useStore(store.temporal, (s) => s.futureStates.at(-1));
  const lastEdit = useStore(store, (s) => s.lastEdit);
  const language = useStore(store, (s) => s.language);
  const name = (label: EditLabel | null | undefined) => (label ? editName(label, language, t.unnamedEdit) : t.unnamedEdit);
  const undoTitle = canUndo ? t.undoTitle(name(lastEdit)) : t.nothingToUndo;
  const redoTitle = nextRedo ? t.redoTitle(name(nextRedo.lastEdit)) : t.nothingToRedo;
  return (
    <>
      <button type="button" className="library__button" disabled={!canUndo} title={undoTitle}
        aria-keyshortcuts="Control+Z" onClick={() => store.temporal.getState().undo()}>
        <span aria-hidden="true">↶ </span>{t.undo}
      </button>
      <button type="button" className="library__button" disabled={!nextRedo} title={redoTitle}
        aria-keyshortcuts="Control+Shift+Z Control+Y" onClick={() => store.temporal.getState().redo()}>
        <span aria-hidden="true">↷ </span>{t.redo}
      </button>
    </>
  );
}
