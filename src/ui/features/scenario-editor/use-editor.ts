/**
 * What the editor's components share: the current words, ids and problems for a field path, and the
 * two ways to change the scenario: a named edit (applyEdit) and a field commit that the file format
 * must accept first (otherwise the field keeps the typed text and shows the format's message).
 */
import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { EngineError } from '../../../engine';
import { problemsOfEdit, selectEditorErrors, setField, pathKey, type Edit, type FieldPath } from '../../../state/edits';
import { useAppStoreApi, useScenarioCheck } from '../../../state';
import { useTexts } from '../../i18n/use-texts';
import { editorTexts } from './texts';

export function useEditorTexts() {
  return useTexts(editorTexts);
}

/** A DOM id for a field, from its path: the error summary links to it. */
export function fieldId(path: FieldPath): string {
  return fieldIdOfKey(pathKey(path));
}

/** The same id from an error's path text (`targetGroups[0].cohorts[1].count`). */
export function fieldIdOfKey(key: string): string {
  return `ed-${key.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

const NO_ERRORS: EngineError[] = [];

/** The problems by path, worked out once per list of problems rather than once per field. */
const byPath = new WeakMap<readonly EngineError[], Map<string, EngineError[]>>();
function errorsByPath(errors: readonly EngineError[]): Map<string, EngineError[]> {
  let map = byPath.get(errors);
  if (!map) {
    map = new Map();
    for (const e of errors) (map.get(e.path) ?? map.set(e.path, []).get(e.path)!).push(e);
    byPath.set(errors, map);
  }
  return map;
}

/**
 * The problems (schema and engine) whose path is exactly this field's. Compared element by element,
 * so an edit elsewhere does not re-render every field of the editor.
 */
export function useFieldErrors(path: FieldPath): EngineError[] {
  const key = pathKey(path);
  return useScenarioCheck(selectEditorErrors, useShallow((errors: EngineError[]) => (errors.length === 0 ? NO_ERRORS : errorsByPath(errors).get(key) ?? NO_ERRORS)));
}

export function useApplyEdit() {
  const store = useAppStoreApi();
  return useCallback(<A extends unknown[]>(edit: Edit<A>, ...args: A) => {
    store.getState().applyEdit(edit.key, (s) => edit(s, ...args));
  }, [store]);
}

/**
 * Commits a field's value as one undoable edit, labelled »Ret felt: <label>«, unless the file format
 * would refuse the result: then nothing changes and the format's problems are returned.
 */
export function useCommitField() {
  const store = useAppStoreApi();
  return useCallback((path: FieldPath, value: unknown, label: string): EngineError[] => {
    const { scenario, applyEdit } = store.getState();
    if (!scenario) return [];
    const next = setField(scenario, path, value);
    const problems = problemsOfEdit(scenario, next);
    // The checked object itself becomes the scenario: its schema check (memoised on it) is not run twice.
    if (problems.length === 0) applyEdit(setField.key, (s) => (s === scenario ? next : setField(s, path, value)), label);
    return problems;
  }, [store]);
}
