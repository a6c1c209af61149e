/**
 * Files dropped anywhere on the page are opened; while a file is dragged over the page an overlay
 * says so. The hidden file input is the plain fallback (and what automated tests fill in).
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import { useAppStoreApi } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { texts } from './texts';

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function DropZone() {
  const store = useAppStoreApi();
  const t = useTexts(texts);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0; // dragenter/dragleave fire for every child element crossed
    const enter = (event: DragEvent) => { if (carriesFiles(event)) { depth += 1; setDragging(true); } };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setDragging(false); };
    const over = (event: DragEvent) => { if (carriesFiles(event)) event.preventDefault(); };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void store.getState().openFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [store]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again after a fix
    if (file) void store.getState().openFile(file);
  };

  return (
    <>
      <input type="file" accept=".json,application/json" hidden aria-label={t.fileInput} onChange={onChange} />
      {dragging && <div className="library-drop" aria-hidden="true"><p>{t.dropHere}</p></div>}
    </>
  );
}
