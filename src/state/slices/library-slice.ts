/**
 * Keeping work safe, and moving it in and out: every change of the scenario is written to the
 * browser's library (debounced), the last document reopens on start-up, and files, examples and
 * share links open as new documents. Nothing is ever replaced silently: the document being left
 * is in the library (it was autosaved), and `switchNotice` holds it so the user can go straight back.
 * The browser is reached only through `LibraryPlatform`, so tests run on an in-memory fake.
 */
import type { StateCreator } from 'zustand';
import { serializeScenario } from '../../io/scenario-text';
import type { ScenarioFile } from '../../io/scenario-schema';
import { runScenario, type EngineError } from '../../engine';
import type { ExportKind, LibraryPlatform, OpenedFile } from '../../platform/library-platform';
import { createMemoryStorage, newestFirst, summarize, type DocumentSummary, type LibraryStorage, type StoredDocument } from '../../platform/library-storage';
import { newDocId, type DocumentOrigin, type DocumentSlice } from './document-slice';
import { selectRun } from '../selectors/run';
import { appValidator, type Validator, type ValidatorSource } from '../validator';

/**
 * Whether the engine throws on the scenario (a defect, or a limit such as the stack), as opposed to
 * reporting validation problems, which are shown at their fields and are fine to save. A scenario
 * from outside the store (a stored document) is read with the validator first; 'in-store' is one
 * the store holds, a parsed file already.
 */
export function crashes(scenario: unknown, check: Validator | 'in-store'): boolean {
  try {
    // The store's own scenario is a parsed file already, and its run is memoised (the results show
    // it): parsing a copy and computing that anew cost two engine runs and a 5 MB parse per edit.
    if (check === 'in-store') return (selectRun({ scenario: scenario as ScenarioFile }), false);
    const loaded = check.parseScenarioJson(scenario);
    if (loaded.ok) selectRun({ scenario: loaded.value.scenario });
    return false;
  } catch {
    return true;
  }
}

/** Files above this size are refused before they are read: no scenario comes near it. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const AUTOSAVE_DELAY_MS = 300;

/** What was being done when the browser's storage (or the file system) failed. */
export type StorageAction = 'start' | 'save' | 'open' | 'rename' | 'duplicate' | 'delete' | 'file';

export interface StorageFailure { action: StorageAction; detail: string }

function describeError(error: unknown): string {
  if (error instanceof Error) return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

export interface PreviousDocument { docId: string; title: string; scenario: ScenarioFile }

export interface LibrarySlice {
  /** The user's own scenarios, newest first. */
  library: DocumentSummary[];
  /** 'memory': the browser keeps nothing (no IndexedDB); work lasts as long as the page. */
  libraryStatus: 'off' | 'starting' | 'ready' | 'memory';
  saveStatus: 'idle' | 'pending' | 'saved' | 'failed';
  /** A file, link or example that was refused, with its field-path errors; the current work stayed. */
  rejected: { source: string; errors: EngineError[] } | null;
  /** The document the user just left by opening another one (it is in the library). */
  switchNotice: { previous: PreviousDocument } | null;
  /**
   * The document to reopen made the engine fail, so it was not opened (the page stays usable);
   * `lastWorking` is its last version that computed, offered as *Gendan seneste fungerende version*.
   */
  safeStart: { docId: string; title: string; lastWorking: ScenarioFile | null } | null;
  restoreLastWorking: () => void;
  share: { url: string; copied: boolean } | null;
  /** The last failure of the browser's storage or of saving a file, shown until dismissed. */
  storageFailure: StorageFailure | null;
  startLibrary: () => Promise<void>;
  flushSave: () => Promise<void>;
  openFile: (file: OpenedFile) => Promise<boolean>;
  pickAndOpenFile: () => Promise<boolean>;
  saveToFile: () => Promise<boolean>;
  /** Saves an export (workbook, CSV, chart picture); a failure shows as storageFailure 'file'. */
  exportFile: (data: Blob, fileName: string, kind: ExportKind) => Promise<boolean>;
  /** Saves a scenario other than the open one (a variant as a file of its own) through the platform. */
  saveScenarioToFile: (scenario: ScenarioFile) => Promise<boolean>;
  openExample: (json: unknown, title: string) => boolean;
  /** Opens any scenario (a template's new case, say) as a new document, with the switch notice; errors go to `rejected`. */
  openDocument: (json: unknown, origin: DocumentOrigin, source: string) => boolean;
  openFromLibrary: (docId: string) => Promise<boolean>;
  goBack: () => void;
  renameDocument: (docId: string, title: string) => Promise<void>;
  duplicateDocument: (docId: string, copyTitle: (title: string) => string) => Promise<void>;
  deleteDocument: (docId: string) => Promise<void>;
  createShareLink: () => Promise<void>;
  dismissRejected: () => void;
  dismissNotice: () => void;
  dismissShare: () => void;
  dismissStorageFailure: () => void;
}

/** A file name for the scenario's title: lower case ASCII, words joined by '-'. */
export function fileNameFor(title: string): string {
  // æ, ø and å transliterated as Danish does (they do not decompose under NFD).
  const ascii = title.toLowerCase().replace(/\u00e6/g, 'ae').replace(/\u00f8/g, 'oe').replace(/\u00e5/g, 'aa')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return `${slug || 'scenario'}.json`;
}

function upsert(list: DocumentSummary[], doc: DocumentSummary): DocumentSummary[] {
  return [...list.filter((d) => d.docId !== doc.docId), summarize(doc)].sort(newestFirst);
}

type State = DocumentSlice & LibrarySlice;

/**
 * `validator` checks every file, link and autosaved document before it is opened; start-up awaits
 * it before it opens anything (src/state/validator.ts).
 */
export function createLibrarySlice(platform: LibraryPlatform, saveDelayMs = AUTOSAVE_DELAY_MS, validator: ValidatorSource = appValidator):
StateCreator<State, [['temporal', unknown]], [], LibrarySlice> {
  return (set, get, api) => {
    let storage: LibraryStorage = createMemoryStorage();
    /** Documents that are (or are about to be) in the library. */
    const known = new Set<string>();
    let pending: { docId: string; scenario: ScenarioFile } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let writes: Promise<void> = Promise.resolve();
    let lastStamp = 0;
    /** Date.now(), but strictly increasing, so "newest first" is well defined within one millisecond. */
    const stamp = () => (lastStamp = Math.max(Date.now(), lastStamp + 1));

    /** Runs a storage action; a failure is shown (storageFailure) instead of being lost in a rejected promise. */
    async function guarded<T>(action: StorageAction, run: () => Promise<T>): Promise<T | undefined> {
      try {
        return await run();
      } catch (error) {
        set({ storageFailure: { action, detail: describeError(error) } });
        return undefined;
      }
    }

    /**
     * The validator, awaited if it has not arrived yet; null (and `source` refused with the reason)
     * if it cannot be loaded — the document is then not opened, never opened unchecked.
     */
    async function validatorFor(source: string): Promise<Validator | null> {
      const now = validator.loaded();
      if (now) return now;
      try {
        return await validator.load();
      } catch (error) {
        set({ rejected: { source, errors: [{ path: '(file)', message: `the file check cannot be loaded (${describeError(error)})` }] } });
        return null;
      }
    }

    /** Per document, the last version that computed (kept beside one that does not). */
    const working = new Map<string, ScenarioFile>();

    async function write(docId: string, scenario: ScenarioFile): Promise<void> {
      try {
        let lastWorking: ScenarioFile | undefined;
        if (crashes(scenario, 'in-store')) lastWorking = working.get(docId) ?? (await storage.get(docId))?.lastWorking ?? undefined;
        else working.set(docId, scenario);
        const doc = { docId, title: scenario.title, updatedAt: stamp(), scenario, ...(lastWorking ? { lastWorking } : {}) };
        await storage.put(doc);
        if (get().docId === docId) await storage.setLastDocId(docId);
        set({ library: upsert(get().library, doc), saveStatus: pending ? 'pending' : 'saved' });
      } catch (error) {
        set({ saveStatus: 'failed', storageFailure: { action: 'save', detail: describeError(error) } });
      }
    }

    function flush(): Promise<void> {
      clearTimeout(timer);
      const snapshot = pending;
      pending = null;
      if (snapshot) writes = writes.then(() => write(snapshot.docId, snapshot.scenario));
      return writes;
    }

    /** An example nobody has touched is not kept: it can be opened again from the gallery. */
    function worthKeeping(s: State): boolean {
      return known.has(s.docId) || s.origin !== 'example' || s.lastEdit !== null;
    }

    /** Keeps the document's last version that computed: this one, or the one before a first failing edit. */
    function rememberWorking(s: State, prev: State): void {
      if (!s.scenario) return;
      if (!crashes(s.scenario, 'in-store')) working.set(s.docId, s.scenario);
      else if (prev.docId === s.docId && prev.scenario && !working.has(s.docId) && !crashes(prev.scenario, 'in-store')) working.set(s.docId, prev.scenario);
    }

    function autosave(s: State, prev: State): void {
      if (s.scenario === prev.scenario && s.docId === prev.docId) return;
      if (s.docId !== prev.docId) void flush(); // the document being left: write its last change now
      if (!s.scenario) return;
      rememberWorking(s, prev);
      if (s.docId !== prev.docId && s.origin === 'library') {
        void storage.setLastDocId(s.docId).catch(() => undefined); // reopened, not changed
        return;
      }
      if (!worthKeeping(s)) return;
      known.add(s.docId);
      pending = { docId: s.docId, scenario: s.scenario };
      clearTimeout(timer);
      timer = setTimeout(() => void flush(), saveDelayMs);
      if (get().saveStatus !== 'pending') set({ saveStatus: 'pending' });
    }

    /** Opens a stored document, or, when it makes the engine fail, leaves it closed and offers its last working version. */
    function openStored(doc: StoredDocument, check: Validator): EngineError[] {
      if (crashes(doc.scenario, check)) {
        set({ safeStart: { docId: doc.docId, title: doc.title, lastWorking: doc.lastWorking ?? null } });
        return [];
      }
      working.set(doc.docId, doc.scenario);
      return get().openScenario(doc.scenario, 'library', doc.docId);
    }

    function currentAsPrevious(): PreviousDocument | null {
      const { docId, scenario } = get();
      return scenario && known.has(docId) ? { docId, title: scenario.title, scenario } : null;
    }

    /** Opens a scenario as a new document; the one being left stays in the library. */
    function switchTo(json: unknown, origin: DocumentOrigin, source: string, previous = currentAsPrevious()): boolean {
      const errors = get().openScenario(json, origin);
      if (errors.length > 0) {
        set({ rejected: { source, errors }, loadErrors: [] });
        return false;
      }
      set({ rejected: null, share: null, switchNotice: previous ? { previous } : null });
      return true;
    }

    function checked(text: string, source: string, check: Validator): ScenarioFile | null {
      const loaded = check.loadAndRun(text);
      if (loaded.ok) return loaded.value.scenario;
      set({ rejected: { source, errors: loaded.errors } });
      return null;
    }

    async function openLink(fragment: string, last: string | null, check: Validator): Promise<boolean> {
      platform.clearFragment(); // a reload must not import the link a second time
      let decoded: ReturnType<Validator['decodeShareFragment']>;
      let run: ReturnType<typeof runScenario> | ReturnType<Validator['decodeShareFragment']>;
      try {
        decoded = check.decodeShareFragment(fragment);
        run = decoded.ok ? runScenario(decoded.value.scenario, decoded.value.model) : decoded;
      } catch (error) {
        // A defect in reading the link must not stop the start-up: the link is refused with the reason.
        set({ rejected: { source: 'link', errors: [{ path: '(link)', message: `the link cannot be read (${describeError(error)})` }] } });
        return false;
      }
      if (!decoded.ok || !run.ok) {
        set({ rejected: { source: 'link', errors: run.ok ? [] : run.errors } });
        return false;
      }
      const lastDoc = last ? await storage.get(last).catch(() => undefined) : undefined;
      const previous = lastDoc ? { docId: lastDoc.docId, title: lastDoc.title, scenario: lastDoc.scenario } : null;
      return switchTo(decoded.value.scenario, 'link', 'link', previous);
    }

    return {
      library: [],
      libraryStatus: 'off',
      saveStatus: 'idle',
      rejected: null,
      switchNotice: null,
      share: null,
      storageFailure: null,
      safeStart: null,
      restoreLastWorking: () => {
        const safe = get().safeStart;
        if (!safe?.lastWorking) return;
        const errors = get().openScenario(safe.lastWorking, 'library', safe.docId);
        if (errors.length === 0) {
          known.add(safe.docId);
          working.set(safe.docId, safe.lastWorking);
          // Saved as the document's current version, so the next start opens it directly.
          pending = { docId: safe.docId, scenario: get().scenario! };
          void flush();
        }
        set({ safeStart: null });
      },
      startLibrary: async () => {
        if (get().libraryStatus !== 'off') return;
        set({ libraryStatus: 'starting' });
        // Fetched beside the storage; nothing below opens a link or a stored document before it is here.
        const checking = validator.load();
        checking.catch(() => undefined); // awaited below; a failure is reported there
        let opened: LibraryStorage | null = null;
        try {
          opened = await platform.openStorage().catch(() => null);
          if (opened) storage = opened;
          const library = await storage.list().catch(() => []);
          const last = await storage.getLastDocId().catch(() => null);
          for (const doc of library) known.add(doc.docId);
          set({ library });
          api.subscribe(autosave);
          const check = await checking;
          const fragment = platform.readFragment();
          const fromLink = check.isShareFragment(fragment) && await openLink(fragment, last, check);
          const lastDoc = !fromLink && last ? await storage.get(last).catch(() => undefined) : undefined;
          if (lastDoc) {
            const errors = openStored(lastDoc, check);
            if (errors.length > 0) set({ rejected: { source: lastDoc.title, errors }, loadErrors: [] });
          }
        } catch (error) {
          set({ storageFailure: { action: 'start', detail: describeError(error) } });
        } finally {
          // Start-up always ends in a usable state, whatever failed on the way.
          set({ libraryStatus: opened ? 'ready' : 'memory' });
        }
      },
      flushSave: flush,
      openFile: async (file) => {
        if (file.size > MAX_FILE_BYTES) {
          const mb = (file.size / 1024 / 1024).toFixed(1);
          set({ rejected: { source: file.name, errors: [{ path: '(file)', message: `the file is ${mb} MB; the limit is 5 MB` }] } });
          return false;
        }
        const text = await file.text();
        const check = validator.loaded() ?? await validatorFor(file.name);
        const scenario = check && checked(text, file.name, check);
        return !!scenario && switchTo(scenario, 'file', file.name);
      },
      pickAndOpenFile: async () => {
        const file = await guarded('file', () => platform.pickFile());
        return file ? get().openFile(file) : false;
      },
      saveToFile: async () => {
        const { scenario } = get();
        return scenario ? get().saveScenarioToFile(scenario) : false;
      },
      exportFile: async (data, fileName, kind) => {
        if (!platform.saveExport) return false;
        return (await guarded('file', () => platform.saveExport!(data, fileName, kind))) ?? false;
      },
      saveScenarioToFile: async (scenario) =>
        (await guarded('file', () => platform.saveFile(serializeScenario(scenario), fileNameFor(scenario.title)))) ?? false,
      openExample: (json, title) => switchTo(json, 'example', title),
      openDocument: (json, origin, source) => switchTo(json, origin, source),
      openFromLibrary: async (docId) => {
        if (docId === get().docId) return true;
        await flush();
        const doc = await guarded('open', () => storage.get(docId));
        if (!doc) return false;
        const check = validator.loaded() ?? await validatorFor(doc.title);
        if (!check) return false;
        const previous = currentAsPrevious();
        const errors = openStored(doc, check);
        if (get().safeStart?.docId === doc.docId) return false;
        if (errors.length > 0) set({ rejected: { source: doc.title, errors }, loadErrors: [] });
        else set({ rejected: null, share: null, switchNotice: previous ? { previous } : null });
        return errors.length === 0;
      },
      goBack: () => {
        const previous = get().switchNotice?.previous;
        if (!previous) return;
        get().openScenario(previous.scenario, 'library', previous.docId);
        set({ switchNotice: null, share: null });
      },
      renameDocument: async (docId, title) => {
        const name = title.trim();
        if (!name) return;
        if (docId === get().docId) return get().applyEdit('renameDocument', (s) => ({ ...s, title: name }));
        await guarded('rename', async () => {
          const doc = await storage.get(docId);
          if (!doc) return;
          const renamed = { ...doc, title: name, updatedAt: stamp(), scenario: { ...doc.scenario, title: name } };
          await storage.put(renamed);
          set({ library: upsert(get().library, renamed) });
        });
      },
      duplicateDocument: async (docId, copyTitle) => {
        await flush();
        await guarded('duplicate', async () => {
          const source = docId === get().docId ? get().scenario : (await storage.get(docId))?.scenario;
          if (!source) return;
          const title = copyTitle(source.title);
          const copy = { docId: newDocId(), title, updatedAt: stamp(), scenario: { ...source, title } };
          await storage.put(copy);
          known.add(copy.docId);
          set({ library: upsert(get().library, copy) });
        });
      },
      deleteDocument: async (docId) => {
        if (docId === get().docId) return; // the open document would only be saved again
        await guarded('delete', async () => {
          await storage.delete(docId);
          known.delete(docId);
          set({ library: get().library.filter((d) => d.docId !== docId) });
        });
      },
      createShareLink: async () => {
        const { scenario } = get();
        if (!scenario) return;
        const check = validator.loaded() ?? await validatorFor('link');
        if (!check) return;
        const url = platform.pageUrl() + check.encodeShareFragment(scenario);
        set({ share: { url, copied: false } });
        const copied = await platform.copyText(url);
        if (get().share?.url === url) set({ share: { url, copied } });
      },
      dismissRejected: () => set({ rejected: null }),
      dismissNotice: () => set({ switchNotice: null }),
      dismissShare: () => set({ share: null }),
      dismissStorageFailure: () => set({ storageFailure: null }),
    };
  };
}
