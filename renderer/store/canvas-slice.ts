import type { StateCreator } from 'zustand';
import { placeNodes } from './bulk-edits';
import type { DesignerStore } from './designer-store';
import { freeSpot } from './flow-edits';
import type { XY } from './flow-edits';
import * as notes from './note-edits';

/** Roughly a fresh note's size, for finding it a free spot. */
const NOTE_SIZE = { width: 220, height: 100 };

/** A short message shown near the canvas, e.g. why a connection was refused. */
export interface Notice {
  /** Grows with every notice, so the same words twice still restart the timer. */
  id: number;
  text: string;
  tone: 'info' | 'refusal';
}

/** Canvas view state that is not part of the flow document. */
export interface CanvasState {
  selectedNoteIds: readonly string[];
  snapToGrid: boolean;
  notice: Notice | null;
  /** Counts documents opened with replaceFlow, so the canvas knows when to fit the new one. */
  documentNumber: number;
  /** The overlay open over the canvas: node search or the shortcuts sheet. */
  overlay: Overlay | null;
}

export type Overlay = 'search' | 'shortcuts';

/** Notes, auto-layout placement, snapping and notices. */
export interface CanvasActions {
  /** Adds a sticky note, selects it and returns its id. */
  addNote(position: XY, text?: string): string;
  /** Changes a note's text; a run of typing with one `coalesceKey` is one undo step. */
  setNoteText(id: string, text: string, coalesceKey?: string): void;
  moveNote(id: string, position: XY): void;
  /**
   * Moves the nodes and notes of one drag. Every frame of the same drag merges into one undo
   * step; the canvas calls checkpoint() when the drag ends.
   */
  moveElements(moves: { nodes: ReadonlyMap<string, XY>; notes: ReadonlyMap<string, XY> }): void;
  /** Moves many nodes at once as one undoable step (auto-layout). */
  placeNodes(positions: ReadonlyMap<string, XY>): void;
  setSnapToGrid(on: boolean): void;
  setOverlay(overlay: Overlay | null): void;
  notify(text: string, tone?: Notice['tone']): void;
  /** Hides the notice with this id, if it is still the one shown. */
  dismissNotice(id: number): void;
}

export type CanvasSlice = CanvasState & CanvasActions;

export const createCanvasSlice: StateCreator<DesignerStore, [], [], CanvasSlice> = (set, get) => ({
  selectedNoteIds: [],
  snapToGrid: true,
  notice: null,
  documentNumber: 0,
  overlay: null,

  addNote(position, text) {
    // Like a new node, a new note goes where it hides nothing.
    const spot = freeSpot(get().flow, position, get().measured, NOTE_SIZE);
    const { flow, id } = notes.addNote(get().flow, spot, text);
    get().edit(() => flow);
    set({ selectedNodeIds: [], selectedEdgeIds: [], selectedNoteIds: [id] });
    return id;
  },
  setNoteText(id, text, coalesceKey) {
    get().edit((flow) => notes.setNoteText(flow, id, text), coalesceKey);
  },
  moveNote(id, position) {
    // Like moveNode: one drag is one step, ended by the canvas's checkpoint().
    get().edit((flow) => notes.moveNote(flow, id, position), `move-note:${id}`);
  },
  moveElements(moves) {
    const ids = [...moves.nodes.keys(), ...[...moves.notes.keys()].map((id) => `note:${id}`)];
    if (ids.length === 0) return;
    get().edit(
      (flow) => {
        let next = moves.nodes.size ? placeNodes(flow, moves.nodes) : flow;
        for (const [id, position] of moves.notes) next = notes.moveNote(next, id, position);
        return next;
      },
      `move:${ids.sort().join(',')}`,
    );
  },
  placeNodes(positions) {
    get().checkpoint();
    get().edit((flow) => placeNodes(flow, positions));
  },
  setSnapToGrid(on) {
    set({ snapToGrid: on });
  },
  setOverlay(overlay) {
    set({ overlay });
  },
  notify(text, tone = 'info') {
    set({ notice: { id: (get().notice?.id ?? 0) + 1, text, tone } });
  },
  dismissNotice(id) {
    if (get().notice?.id === id) set({ notice: null });
  },
});
