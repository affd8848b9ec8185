import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import type { NodeKind } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow/flow-document';
import * as edits from './flow-edits';
import type { Size, XY } from './flow-edits';
import { newFlow } from './new-flow';

export type { Size, XY };

/** What the designer window holds. The flow document is the state; the rest is view state. */
export interface DesignerState {
  flow: FlowDocument;
  selectedNodeIds: readonly string[];
  selectedEdgeIds: readonly string[];
  /** Each node's rendered size, reported by the canvas; React Flow needs it back every render. */
  measured: Readonly<Record<string, Size>>;
}

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
    ...initial,

    addNode(kind, position, options) {
      const current = get();
      const spot = options?.findSpace
        ? edits.freeSpot(current.flow, position, current.measured)
        : position;
      const { flow, id } = edits.addNode(current.flow, kind, spot);
      set({ flow, selectedNodeIds: [id], selectedEdgeIds: [] });
      return id;
    },
    moveNode(id, position) {
      set({ flow: edits.moveNode(get().flow, id, position) });
    },
    removeNodes(ids) {
      const gone = new Set(ids);
      const { flow, selectedNodeIds, measured } = get();
      set({
        flow: edits.removeNodes(flow, gone),
        selectedNodeIds: selectedNodeIds.filter((id) => !gone.has(id)),
        measured: Object.fromEntries(Object.entries(measured).filter(([id]) => !gone.has(id))),
      });
    },
    removeEdges(ids) {
      const gone = new Set(ids);
      const { flow, selectedEdgeIds } = get();
      set({
        flow: edits.removeEdges(flow, gone),
        selectedEdgeIds: selectedEdgeIds.filter((id) => !gone.has(id)),
      });
    },
    connect(from, port, to) {
      set({ flow: edits.connect(get().flow, from, port, to) });
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
