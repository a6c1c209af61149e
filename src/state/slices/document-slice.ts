/**
 * The open document: the scenario being edited (a scenario file v1), where it came from, and the
 * problems of the last file that was refused. Every change to the scenario goes through
 * `applyEdit`, a named edit that returns the next scenario: that is what undo/redo records
 * (only `scenario` is tracked; see app-store.ts) and what autosave stores.
 */
import type { StateCreator } from 'zustand';
import type { ScenarioFile } from '../../io/scenario-schema';
import type { EngineError } from '../../engine';
import { VALIDATOR_LOADING, type ValidatorSource } from '../validator';

/** What the last edit was: a message key (src/state/edits/define-edit.ts) and, for a field, which one. */
export interface EditLabel {
  key: string;
  detail?: string;
}

export type DocumentOrigin = 'example' | 'file' | 'link' | 'library' | 'new' | 'template';

export interface DocumentSlice {
  /** Key of the document in the browser's library (IndexedDB); a new id for each new document. */
  docId: string;
  scenario: ScenarioFile | null;
  origin: DocumentOrigin;
  /** The last edit, for the undo button's title and screen readers (the UI puts the key into words). */
  lastEdit: EditLabel | null;
  warnings: string[];
  /** Field-path errors of the last file that could not be opened; the current work is untouched. */
  loadErrors: EngineError[];
  /** Applies an edit, named by its message key (and the field's name), to the scenario (recorded for undo). */
  applyEdit: (key: string, edit: (scenario: ScenarioFile) => ScenarioFile, detail?: string) => void;
  /**
   * Validates and opens a scenario (file, link, example): on success it becomes the document;
   * on failure `loadErrors` is set and the current scenario stays. Returns the errors, if any.
   * Before the validator chunk has arrived (src/state/validator.ts) every scenario is refused with
   * VALIDATOR_LOADING: nothing is opened unchecked.
   */
  openScenario: (json: unknown, origin: DocumentOrigin, docId?: string) => EngineError[];
  clearLoadErrors: () => void;
}

export function newDocId(): string {
  return crypto.randomUUID();
}

export const createDocumentSlice = (validator: ValidatorSource): StateCreator<DocumentSlice, [['temporal', unknown]], [], DocumentSlice> => (set, get) => ({
  docId: newDocId(),
  scenario: null,
  origin: 'new',
  lastEdit: null,
  warnings: [],
  loadErrors: [],
  applyEdit: (key, edit, detail) => {
    const current = get().scenario;
    if (!current) return;
    const next = edit(current);
    if (next !== current) set({ scenario: next, lastEdit: detail === undefined ? { key } : { key, detail } });
  },
  openScenario: (json, origin, docId) => {
    const check = validator.loaded();
    // Refused before the validator is here; it is sent for, so a second try a moment later opens the file.
    if (!check) validator.load().catch(() => undefined);
    const loaded = check ? check.parseScenarioJson(json) : { ok: false as const, errors: [VALIDATOR_LOADING] };
    if (!loaded.ok) {
      set({ loadErrors: loaded.errors });
      return loaded.errors;
    }
    set({
      scenario: loaded.value.scenario, origin, docId: docId ?? newDocId(), lastEdit: null,
      warnings: loaded.value.warnings, loadErrors: [],
    });
    return [];
  },
  clearLoadErrors: () => set({ loadErrors: [] }),
});
