import type { NodeKind } from '../../shared/catalog';
import type { FlowDocument, FlowLeg, FlowNode } from '../../shared/flow/flow-document';
import type { CanvasSlice } from './canvas-slice';
import type { ClipboardActions } from './clipboard-slice';
import type { ConnectionCheck } from './connection-rules';
import type { Size, XY } from './flow-edits';
import type { FlowHistory } from './flow-history';

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
  /**
   * Connects output `port` of `from` to `to` when connection-rules.ts allows it (replacing what
   * the port led to before); otherwise shows the reason as a notice. Returns the verdict.
   */
  connect(from: string, port: string, to: string): ConnectionCheck;
  select(selection: {
    nodes?: readonly string[];
    edges?: readonly string[];
    notes?: readonly string[];
  }): void;
  setMeasured(id: string, size: Size): void;
  /** Records many sizes at once: a flow of 1,000 nodes reports 1,000 sizes when it opens. */
  setMeasuredMany(sizes: ReadonlyMap<string, Size>): void;
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

/** The whole store: the core above plus the canvas and clipboard slices. */
export type DesignerStore = DesignerState & DesignerActions & CanvasSlice & ClipboardActions;
