/** Move up / move down / duplicate / delete for an item in a list: buttons, so the keyboard can do all of it. */
import { useEditorTexts } from './use-editor';

interface Props {
  /** What the item is called in the buttons' accessible names, e.g. »indsats IPS«. */
  name: string;
  index: number;
  count: number;
  onMove?: (delta: -1 | 1) => void;
  onDuplicate?: () => void;
  onDelete: () => void;
}

export function ItemActions({ name, index, count, onMove, onDuplicate, onDelete }: Props) {
  const t = useEditorTexts();
  return (
    <div className="editor-actions" role="group" aria-label={name}>
      {onMove && (
        <>
          <button type="button" aria-label={t.moveUp(name)} title={t.moveUp(name)} disabled={index === 0} onClick={() => onMove(-1)}>↑ {t.up}</button>
          <button type="button" aria-label={t.moveDown(name)} title={t.moveDown(name)} disabled={index === count - 1} onClick={() => onMove(1)}>↓ {t.down}</button>
        </>
      )}
      {onDuplicate && <button type="button" aria-label={t.duplicate(name)} onClick={onDuplicate}>{t.copy}</button>}
      <button type="button" className="is-danger" aria-label={t.remove(name)} onClick={onDelete}>{t.delete}</button>
    </div>
  );
}
