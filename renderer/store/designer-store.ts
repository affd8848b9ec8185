import { createStore } from 'zustand';
import type { StoreApi } from 'zustand';
import { createCanvasSlice } from './canvas-slice';
import { createClipboardSlice } from './clipboard-slice';
import { checkConnection, nodeName } from './connection-rules';
import type { DesignerState, DesignerStore } from './designer-types';
import * as edits from './flow-edits';
import * as history from './flow-history';
import { newFlow } from './new-flow';

export type { Size, XY } from './flow-edits';
export type { DesignerActions, DesignerState, DesignerStore, NodePatch } from './designer-types';
export type { Notice } from './canvas-slice';

/**
 * Creates one designer store. Each window (and each test) makes its own and hands it down with
 * `DesignerStoreProvider`, so nothing is shared through module state.
 */
export function createDesignerStore(initial: Partial<DesignerState> = {}): StoreApi<DesignerStore> {
  return createStore<DesignerStore>()((set, get, api) => ({
    ...createCanvasSlice(set, get, api),
    ...createClipboardSlice(set, get, api),
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
        selectedNoteIds: [],
        measured: {},
        documentNumber: get().documentNumber + 1,
      });
    },

    addNode(kind, position, options) {
      const current = get();
      const spot = options?.findSpace
        ? edits.freeSpot(current.flow, position, current.measured)
        : position;
      const { flow, id } = edits.addNode(current.flow, kind, spot);
      get().edit(() => flow);
      set({ selectedNodeIds: [id], selectedEdgeIds: [], selectedNoteIds: [] });
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
      const { flow } = get();
      const verdict = checkConnection(flow, { from, port, to });
      if (!verdict.ok) {
        get().notify(verdict.reason, 'refusal');
      } else if (!verdict.unchanged) {
        get().edit(() => edits.connect(flow, from, port, to));
        const replaced = verdict.replaces && flow.nodes.find((n) => n.id === verdict.replaces?.to);
        // Replacing silently would surprise: the old line vanishes with no word of why.
        if (replaced)
          get().notify(`That output now leads here instead of to “${nodeName(replaced)}”.`);
      }
      return verdict;
    },
    select({ nodes, edges, notes }) {
      set({
        ...(nodes && { selectedNodeIds: nodes }),
        ...(edges && { selectedEdgeIds: edges }),
        ...(notes && { selectedNoteIds: notes }),
      });
    },
    setMeasured(id, size) {
      const current = get().measured[id];
      if (current?.width === size.width && current.height === size.height) return;
      set({ measured: { ...get().measured, [id]: size } });
    },
    setMeasuredMany(sizes) {
      const { measured } = get();
      const changed = [...sizes].filter(
        ([id, size]) => measured[id]?.width !== size.width || measured[id]?.height !== size.height,
      );
      if (changed.length) set({ measured: { ...measured, ...Object.fromEntries(changed) } });
    },
  }));
}
