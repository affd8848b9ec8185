import { canonicalEventName, EVENT_NAMES } from '../events';
import type { FlowDocument } from '../flow';

/** One output port a run left a node by. */
export interface TakenOutput {
  nodeId: string;
  port: string;
}

/** The port every call leg's creator offers for "when this leg hangs up". */
export const HUNG_UP_PORT = 'hung-up';

/**
 * The fields of a run update this module reads; the runner's `RunUpdate` and the IPC's parsed
 * updates both fit, so the backend, the CLI and the renderer share it.
 */
export interface TraceUpdate {
  type: string;
  nodeId?: string;
  port?: string;
  to?: string | null;
  leg?: string | null;
  name?: string;
}

function isTerminalEvent(name: string | undefined): boolean {
  return name !== undefined && EVENT_NAMES[canonicalEventName(name)]?.state === 'terminal';
}

/**
 * The outputs a run took, in order, from its updates. A node left by a port says so
 * (`node-left`); a leg that hangs up makes the run jump to its creator's `hung-up` handler
 * with no `node-left`, so such a jump is recognised by the node entered next, which no port
 * led to, and credited to the hung-up line into that node (of the leg that just ended, when
 * several lead there).
 */
export function outputsTaken(flow: FlowDocument, updates: readonly TraceUpdate[]): TakenOutput[] {
  const legOf = new Map(flow.nodes.map((node) => [node.id, node.leg]));
  const taken: TakenOutput[] = [];
  let entered = false;
  let ledTo: string | null | undefined;
  let endedRole: string | null = null;
  for (const update of updates) {
    if (update.type === 'event' && isTerminalEvent(update.name)) endedRole = update.leg ?? null;
    if (update.type === 'node-left' && update.nodeId && update.port) {
      taken.push({ nodeId: update.nodeId, port: update.port });
      ledTo = update.to ?? null;
    }
    if (update.type !== 'node-entered' || !update.nodeId) continue;
    const nodeId = update.nodeId;
    if (entered && ledTo !== nodeId) {
      const handlers = flow.edges.filter(
        (edge) => edge.port === HUNG_UP_PORT && edge.to === nodeId,
      );
      const handler =
        handlers.find((edge) => legOf.get(edge.from) === endedRole) ?? handlers[0] ?? null;
      if (handler) taken.push({ nodeId: handler.from, port: HUNG_UP_PORT });
    }
    entered = true;
    ledTo = undefined;
  }
  return taken;
}
