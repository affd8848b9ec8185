import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { FlowDocument } from '../../shared/flow/flow-document';

/** Where the flow being edited lives on disk, and what it looked like there. */
export interface DocumentFileState {
  /** Its path in the workspace, or null for a flow not saved yet (new, or a template's copy). */
  path: string | null;
  /** The file's modification time when opened or last saved; sent back with the next save. */
  modifiedMs: number | null;
  /** The hash of the file's content when opened or last saved; sent back with the next save. */
  contentHash: string | null;
  /**
   * The flow as last opened or saved. Edits make new flow objects and undo brings old ones
   * back, so "unsaved changes" is simply "the designer's flow is not this object".
   */
  savedFlow: FlowDocument;
}

export interface DocumentFileActions {
  /** The designer now shows `flow`, which is what `file` holds on disk (opened or saved). */
  markSaved(
    file: { path: string; modifiedMs: number; contentHash: string },
    flow: FlowDocument,
  ): void;
  /** The designer now shows `flow`, which is on no disk yet (New, or a template's copy). */
  markUntitled(flow: FlowDocument): void;
}

export type DocumentFileStore = DocumentFileState & DocumentFileActions;

/** Creates the document-file store of one window, starting with an untitled `flow`. */
export function createDocumentFileStore(flow: FlowDocument): StoreApi<DocumentFileStore> {
  return createStore<DocumentFileStore>()((set) => ({
    path: null,
    modifiedMs: null,
    contentHash: null,
    savedFlow: flow,
    markSaved: ({ path, modifiedMs, contentHash }, saved) =>
      set({ path, modifiedMs, contentHash, savedFlow: saved }),
    markUntitled: (untitled) =>
      set({ path: null, modifiedMs: null, contentHash: null, savedFlow: untitled }),
  }));
}
