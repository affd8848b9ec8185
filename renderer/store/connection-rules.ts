// Which connections the canvas accepts, as pure functions of the flow so they can be unit tested
// and so the live drag feedback and the final refusal message never disagree.
import { getDefinition } from '../../shared/catalog';
import type { FlowDocument, FlowEdge, FlowNode } from '../../shared/flow/flow-document';

/** A connection the user asks for: output `port` of node `from` into node `to`. */
export interface ConnectionRequest {
  from: string;
  port: string;
  to: string;
}

/** The verdict on a connection: refused with a reason in plain words, or accepted. */
export type ConnectionCheck =
  | { ok: false; reason: string }
  | {
      ok: true;
      /** The edge the port had before; it goes, because one output leads one way. */
      replaces: FlowEdge | null;
      /** The very same edge already exists, so there is nothing to do. */
      unchanged: boolean;
    };

/**
 * Kinds that may lead back into themselves. Asking again after a wrong or missing answer ("press 9
 * to hear the menu again") is the one loop onto the same node that a call can leave; any other
 * node looping into itself repeats forever without waiting for the caller.
 */
const SELF_LOOP_KINDS: ReadonlySet<string> = new Set(['gather']);

/** What the user sees a node called: their label, or the kind's title. */
export function nodeName(node: FlowNode): string {
  return node.label || getDefinition(node.kind)?.title || node.kind;
}

/** Checks one connection against the flow. */
export function checkConnection(flow: FlowDocument, request: ConnectionRequest): ConnectionCheck {
  const source = flow.nodes.find((node) => node.id === request.from);
  const target = flow.nodes.find((node) => node.id === request.to);
  if (!source || !target) return { ok: false, reason: 'That node is no longer on the canvas.' };

  const sourceDefinition = getDefinition(source.kind);
  const targetDefinition = getDefinition(target.kind);
  if (!sourceDefinition || !targetDefinition) {
    return { ok: false, reason: 'Nodes of an unknown kind cannot be connected.' };
  }
  const port = sourceDefinition.ports(source.params).find((spec) => spec.name === request.port);
  if (!port) {
    return { ok: false, reason: `“${nodeName(source)}” has no “${request.port}” output.` };
  }
  if (targetDefinition.trigger) {
    return {
      ok: false,
      reason: `“${nodeName(target)}” starts the flow, so nothing can lead into it.`,
    };
  }
  if (source.id === target.id && !SELF_LOOP_KINDS.has(source.kind)) {
    return {
      ok: false,
      reason: `“${nodeName(source)}” cannot lead back into itself: the call would repeat it forever.`,
    };
  }
  const replaces =
    flow.edges.find((edge) => edge.from === source.id && edge.port === port.name) ?? null;
  return { ok: true, replaces, unchanged: replaces?.to === target.id };
}

/** True when the connection would be accepted; for React Flow's live feedback while dragging. */
export function isConnectionAllowed(flow: FlowDocument, request: ConnectionRequest): boolean {
  return checkConnection(flow, request).ok;
}
