import type { StateCreator } from 'zustand';
import { removeElements } from './bulk-edits';
import type { DesignerStore } from './designer-store';
import { noteElementId } from './element-ids';
import { extractFragment, pasteFragment } from './flow-fragment';
import { parseFragment, stringifyFragment } from './parse-fragment';

/** Whole-selection actions: select all, delete, and copy, cut, paste and duplicate as data. */
export interface ClipboardActions {
  selectAll(): void;
  /** Deletes the selected nodes, edges and notes as one undoable step. */
  deleteSelection(): void;
  /** The selection as clipboard text (a fragment as JSON), or null when nothing is selected. */
  copySelection(): string | null;
  /** Like copySelection, and then deletes the selection. */
  cutSelection(): string | null;
  /**
   * Pastes clipboard text (a fragment or a whole flow) with fresh ids, offset from the originals,
   * and selects what was pasted. Returns false, with a notice, when the text holds no flow parts.
   */
  paste(text: string): boolean;
  /** Copies the selection in place, offset, without touching the clipboard. */
  duplicateSelection(): void;
}

export const createClipboardSlice: StateCreator<DesignerStore, [], [], ClipboardActions> = (
  set,
  get,
) => {
  const selectedFragment = () => {
    const { flow, selectedNodeIds, selectedNoteIds } = get();
    return extractFragment(flow, selectedNodeIds, selectedNoteIds);
  };
  const pasteSelected = (fragment: NonNullable<ReturnType<typeof selectedFragment>>) => {
    const result = pasteFragment(get().flow, fragment);
    get().edit(() => result.flow);
    set({ selectedNodeIds: result.nodeIds, selectedNoteIds: result.noteIds, selectedEdgeIds: [] });
  };

  return {
    selectAll() {
      const { flow } = get();
      set({
        selectedNodeIds: flow.nodes.map((node) => node.id),
        selectedEdgeIds: flow.edges.map((edge) => edge.id),
        selectedNoteIds: flow.notes.map((note) => note.id),
      });
    },
    deleteSelection() {
      const { selectedNodeIds, selectedEdgeIds, selectedNoteIds, measured } = get();
      const gone = new Set([...selectedNodeIds, ...selectedNoteIds.map(noteElementId)]);
      get().edit((flow) =>
        removeElements(flow, {
          nodes: selectedNodeIds,
          edges: selectedEdgeIds,
          notes: selectedNoteIds,
        }),
      );
      set({
        selectedNodeIds: [],
        selectedEdgeIds: [],
        selectedNoteIds: [],
        measured: Object.fromEntries(Object.entries(measured).filter(([id]) => !gone.has(id))),
      });
    },
    copySelection() {
      const fragment = selectedFragment();
      return fragment && stringifyFragment(fragment);
    },
    cutSelection() {
      const text = get().copySelection();
      if (text) get().deleteSelection();
      return text;
    },
    paste(text) {
      let fragment;
      try {
        fragment = parseFragment(text);
      } catch (error) {
        get().notify(`Nothing was pasted: ${(error as Error).message}`, 'refusal');
        return false;
      }
      if (!fragment || (fragment.nodes.length === 0 && fragment.notes.length === 0)) {
        get().notify('The clipboard holds no Legflow nodes to paste.', 'refusal');
        return false;
      }
      pasteSelected(fragment);
      return true;
    },
    duplicateSelection() {
      const fragment = selectedFragment();
      if (fragment) pasteSelected(fragment);
    },
  };
};
