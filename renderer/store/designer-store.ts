import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { NodeKind } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow/flow-document';
import type { FlowLeg, FlowNode } from '../../shared/flow/flow-document';
import * as edits from './flow-edits';
import type { Size, XY } from './flow-edits';
import * as history from './flow-history';
import type { FlowHistory } from './flow-history';
import { newFlow } from './new-flow';

export type { Size, XY };

/** What the designer window holds. The flow document is the state; the rest is view state. */
export interface DesignerState {
  flow: FlowDocument;
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  /** Each node's rendered size, reported by the canvas; React Flow needs it back every render. */
  measured: Readonly<Record<string, Size>>;
  /** Undo and redo. Every change of `flow` goes through `edit`, which records it here. */
  history: FlowHistory;
}

/** The parts of a node a form can change. */
export type NodePatch = Partial<Pick<FlowNode, 'label' | 'leg' | 'params'>>;

/** Every change the UI can make. Flow edits go through the pure functions of flow-edits.ts. */
export interface DesignerActions {
  /**
   * Adds a node, selects it and returns its id. With `findSpace` the node goes to the nearest
   * spot at or below `position` where it covers no other node.
   */
  addNode(kind: NodeKind, position: XY, options?: { findSpace?: boolean }): string;
  moveNode(id: string, position: XY): void;
  removeNodes(ids: readonly string[]): void;
  removeEdges(ids: readonly string[]): void;
  connect(from: string, port: string, to: string): void;
  select(selection: { nodes?: readonly string[]; edges?: readonly string[] }): void;
  setMeasured(id: string, size: Size): void;
  /**
   * Replaces the flow with `change(flow)` as one undoable step. Consecutive edits with the same
   * `coalesceKey` (keystrokes in one field, one drag) merge into one step.
   */
  edit(change: (flow: FlowDocument) => FlowDocument, coalesceKey?: string): void;
  /** Ends the current run of merging edits, e.g. when a field loses focus or a drag ends. */
  checkpoint(): void;
  /** Changes a node's label, leg or params (params are replaced as given). */
  updateNode(id: string, patch: NodePatch, coalesceKey?: string): void;
  setLegs(legs: FlowLeg[]): void;
  undo(): void;
  redo(): void;
  /** Opens another document: a new history, nothing selected. */
  replaceFlow(flow: FlowDocument): void;
}

export type DesignerStore = DesignerState & DesignerActions;

/**
 * Creates one designer store. Each window (and each test) makes its own and hands it down with
 * `DesignerStoreProvider`, so nothing is shared through module state.
 */
export function createDesignerStore(initial: Partial<DesignerState> = {}): StoreApi<DesignerStore> {
  return createStore<DesignerStore>()((set, get) => ({
    flow: newFlow(),
    selectedNodeIds: [],
    selectedEdgeIds: [],
    measured: {},
    history: history.EMPTY_HISTORY,
    ...initial,

    edit(change, coalesceKey) {
      const { flow, history: past } = get();
      const next = change(flow);
      if (next === flow) return;
      set({ flow: next, history: history.record(past, flow, coalesceKey) });
    },
    checkpoint() {
      if (get().history.openKey !== null) set({ history: { ...get().history, openKey: null } });
    },
    updateNode(id, patch, coalesceKey) {
      get().edit(
        (flow) => ({
          ...flow,
          nodes: flow.nodes.map((node) => (node.id === id ? { ...node, ...patch } : node)),
        }),
        coalesceKey,
      );
    },
    setLegs(legs) {
      get().edit((flow) => ({ ...flow, legs }));
    },
    undo() {
      const step = history.undo(get().history, get().flow);
      if (step) set(step);
    },
    redo() {
      const step = history.redo(get().history, get().flow);
      if (step) set(step);
    },
    replaceFlow(flow) {
      set({
        flow,
        history: history.EMPTY_HISTORY,
        selectedNodeIds: [],
        selectedEdgeIds: [],
        measured: {},
      });
    },

    addNode(kind, position, options) {
      const current = get();
      const spot = options?.findSpace
        ? edits.freeSpot(current.flow, position, current.measured)
        : position;
      const { flow, id } = edits.addNode(current.flow, kind, spot);
      get().edit(() => flow);
      set({ selectedNodeIds: [id], selectedEdgeIds: [] });
      return id;
    },
    moveNode(id, position) {
      // One drag is one step: the canvas calls checkpoint() when the drag ends.
      get().edit((flow) => edits.moveNode(flow, id, position), `move:${id}`);
    },
    removeNodes(ids) {
      const gone = new Set(ids);
      const { flow, selectedNodeIds, measured } = get();
      get().edit(() => edits.removeNodes(flow, gone));
      set({
        selectedNodeIds: selectedNodeIds.filter((id) => !gone.has(id)),
        measured: Object.fromEntries(Object.entries(measured).filter(([id]) => !gone.has(id))),
      });
    },
    removeEdges(ids) {
      const gone = new Set(ids);
      const { flow, selectedEdgeIds } = get();
      get().edit(() => edits.removeEdges(flow, gone));
      set({
        selectedEdgeIds: selectedEdgeIds.filter((id) => !gone.has(id)),
      });
    },
    connect(from, port, to) {
      get().edit((flow) => edits.connect(flow, from, port, to));
    },
    select({ nodes, edges }) {
      set({
        ...(nodes && { selectedNodeIds: nodes }),
        ...(edges && { selectedEdgeIds: edges }),
      });
    },
    setMeasured(id, size) {
      const current = get().measured[id];
      if (current?.width === size.width && current.height === size.height) return;
      set({ measured: { ...get().measured, [id]: size } });
    },
  }));
}
