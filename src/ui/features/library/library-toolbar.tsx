/**
 * The masthead's toolbar: undo/redo, open and save files, share a link, the example gallery and
 * the user's own scenarios, with the autosave status. Messages (a refused file, where the previous
 * work went, the share link) appear under it. Start-up recovery is wired here (useLibraryStartup).
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { useAppStore, useAppStoreApi } from '../../../state';
import { lazyPart } from '../../components/lazy-part';
import { withCatalogueTexts } from '../../i18n/catalogue-names';
import { useTexts } from '../../i18n/use-texts';
import { DropZone } from './drop-zone';
import { guidedTexts } from './guided-texts';
import { LibraryMessages } from './library-messages';
import { SaveStatus } from './save-status';
import { SharePanel } from './share-panel';
import { texts } from './texts';
import { UndoRedo } from './undo-redo';
import { useLibraryStartup } from './use-library-startup';
import './library.css';

// The popovers (and the gallery's scenario files) load when first opened, or when the page is idle.
// The guided start copies a template, in the user's language: it waits for the catalogue texts.
const GuidedStart = lazyPart(withCatalogueTexts(() => import('./guided-start')), (m) => m.GuidedStart);
const ExampleGallery = lazyPart(() => import('./example-gallery'), (m) => m.ExampleGallery);
const LibraryList = lazyPart(() => import('./library-list'), (m) => m.LibraryList);

type Popover = 'guided' | 'examples' | 'mine' | null;

export function LibraryToolbar() {
  const store = useAppStoreApi();
  useLibraryStartup(store);
  const t = useTexts(texts);
  const guided = useTexts(guidedTexts);
  const id = useId();
  const [open, setOpen] = useState<Popover>(null);
  const pickAndOpenFile = useAppStore((s) => s.pickAndOpenFile);
  const saveToFile = useAppStore((s) => s.saveToFile);
  const createShareLink = useAppStore((s) => s.createShareLink);
  const toggle = (which: Popover) => setOpen((current) => (current === which ? null : which));
  const close = () => setOpen(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      document.getElementById(`${id}-${open}-button`)?.focus();
      close();
    }
  };

  return (
    <div className="library" onKeyDown={onKeyDown}>
      <div className="library__bar" role="toolbar" aria-label={t.toolbar}>
        <UndoRedo />
        <button id={`${id}-guided-button`} type="button" className="library__button" aria-haspopup="dialog"
          aria-expanded={open === 'guided'} aria-controls={`${id}-guided`} onClick={() => toggle('guided')}>
          {guided.button}
        </button>
        <button type="button" className="library__button" onClick={() => void pickAndOpenFile()}>{t.open}</button>
        <button type="button" className="library__button" onClick={() => void saveToFile()}>{t.save}</button>
        <button type="button" className="library__button" onClick={() => void createShareLink()}>{t.share}</button>
        {(['examples', 'mine'] as const).map((which) => (
          <button key={which} id={`${id}-${which}-button`} type="button" className="library__button"
            aria-expanded={open === which} aria-controls={`${id}-${which}`} onClick={() => toggle(which)}>
            {which === 'examples' ? t.examples : t.mine}
          </button>
        ))}
        <SaveStatus />
      </div>
      <div className="library__messages">
        {open === 'guided' && <GuidedStart id={`${id}-guided`} onDone={() => { document.getElementById(`${id}-guided-button`)?.focus(); close(); }} />}
        {open === 'examples' && <ExampleGallery id={`${id}-examples`} onDone={close} />}
        {open === 'mine' && <LibraryList id={`${id}-mine`} onDone={close} />}
        <LibraryMessages />
        <SharePanel />
      </div>
      <DropZone />
    </div>
  );
}
