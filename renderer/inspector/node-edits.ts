// Form edits of one node, bound to a designer store. Typing passes a coalesce key, so one run of
// keystrokes in one field is one undo step; the field calls `checkpoint()` when it loses focus.
import type { StoreApi } from 'zustand';
import type { ParamValue } from '../../shared/catalog';
import type { DesignerStore } from '../store/designer-store';
import { remapPorts, withParam } from './port-rewiring';

type Store = StoreApi<DesignerStore>;

/** The coalesce key of typing in one field of one node. */
export function typingKey(nodeId: string, field: string): string {
  return `${nodeId}:${field}`;
}

/** Sets a param (or removes it with `undefined`). */
export function setParam(
  store: Store,
  nodeId: string,
  name: string,
  value: ParamValue | undefined,
  coalesceKey?: string,
): void {
  store.getState().edit((flow) => withParam(flow, nodeId, name, value), coalesceKey);
}

/**
 * Replaces a list param (choices, conditions) and moves the node's connections by `ports`
 * (old port → new port, or null to drop), in one step, so a connection follows its choice.
 */
export function setListParam(
  store: Store,
  nodeId: string,
  name: string,
  list: ParamValue,
  ports: ReadonlyMap<string, string | null> = new Map(),
  coalesceKey?: string,
): void {
  store
    .getState()
    .edit((flow) => remapPorts(withParam(flow, nodeId, name, list), nodeId, ports), coalesceKey);
}

/** Sets the node's name on the canvas. */
export function setNodeLabel(store: Store, nodeId: string, label: string): void {
  store.getState().updateNode(nodeId, { label }, typingKey(nodeId, 'label'));
}

/** Puts the node on another leg role. */
export function setNodeLeg(store: Store, nodeId: string, leg: string): void {
  store.getState().updateNode(nodeId, { leg });
}

/** Renames the flow (typing: one step per run of keystrokes). */
export function setFlowName(store: Store, name: string): void {
  store.getState().edit((flow) => (flow.name === name ? flow : { ...flow, name }), 'flow:name');
}
