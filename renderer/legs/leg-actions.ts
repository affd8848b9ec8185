// Leg edits bound to a designer store. Each is one undo step, through the store's own `edit`.
import type { StoreApi } from 'zustand';
import type { FlowDocument, FlowLeg } from '../../shared/flow';
import type { DesignerStore } from '../store/designer-store';
import { addLeg, assignLeg, removeLeg, updateLeg } from './leg-edits';

type Store = StoreApi<DesignerStore>;

/** Adds a leg named `label` and returns its id. */
export function addLegTo(store: Store, label: string): string {
  const { flow, id } = addLeg(store.getState().flow, label);
  store.getState().edit(() => flow);
  return id;
}

/**
 * Adds a leg and, in the same undo step, makes a further change that uses it (puts a node on
 * it, adds it to a bridge): to the designer that is one thing done.
 */
export function addLegAnd(
  store: Store,
  label: string,
  then: (flow: FlowDocument, id: string) => FlowDocument,
): string {
  const { flow, id } = addLeg(store.getState().flow, label);
  store.getState().edit(() => then(flow, id));
  return id;
}

/** Adds a leg and puts a node on it, as one step. */
export function addLegForNode(store: Store, nodeId: string, label: string): string {
  return addLegAnd(store, label, (flow, id) => assignLeg(flow, [nodeId], id));
}

/**
 * Renames or recolours a leg. Pass `coalesceKey` while typing, so one name typed is one step.
 */
export function changeLeg(
  store: Store,
  id: string,
  patch: Partial<Pick<FlowLeg, 'label' | 'color'>>,
  coalesceKey?: string,
): void {
  store.getState().edit((flow) => updateLeg(flow, id, patch), coalesceKey);
}

/** Removes a leg; nodes on it are left without one (see `removeLeg`). */
export function removeLegFrom(store: Store, id: string): void {
  store.getState().edit((flow) => removeLeg(flow, id));
}

/** Puts every selected node that acts on a leg onto `leg`, as one step. */
export function assignLegToNodes(store: Store, nodeIds: readonly string[], leg: string): void {
  store.getState().edit((flow) => assignLeg(flow, nodeIds, leg));
}
