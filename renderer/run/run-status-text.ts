import { getDefinition } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow';
import type { RunView } from './run-view';

const PAUSE_WHY = { breakpoint: 'breakpoint', step: 'step', pause: 'paused' } as const;
const ENDINGS = { completed: 'Completed', failed: 'Failed', stopped: 'Stopped' } as const;

/** A node's name as people see it on the canvas: its label, else its kind's title, else its id. */
export function nodeName(flow: FlowDocument, nodeId: string): string {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  return node?.label || (node && getDefinition(node.kind)?.title) || nodeId;
}

/** What the toolbar says between pressing Pause and the run pausing before its next node. */
export const PAUSING_TEXT = 'Pausing before the next node';

/**
 * The run toolbar's status, in words: "Running", "Paused before Main menu (breakpoint)",
 * "Completed: The caller hung up". Empty when no run has happened. `pausing`: Pause was
 * pressed and the run has not paused yet.
 */
export function runStatusText(view: RunView, flow: FlowDocument, pausing = false): string {
  switch (view.phase) {
    case 'idle':
      return '';
    case 'starting':
      return 'Starting…';
    case 'running':
      return pausing ? PAUSING_TEXT : (waitingForCall(view, flow) ?? 'Running');
    case 'paused': {
      const where = view.paused ? ` before ${nodeName(flow, view.paused.nodeId)}` : '';
      return `Paused${where}${view.paused ? ` (${PAUSE_WHY[view.paused.reason]})` : ''}`;
    }
    case 'finished':
      return view.finished
        ? `${ENDINGS[view.finished.status]}: ${view.finished.reason}`
        : 'Finished';
  }
}

/** At an Incoming call trigger with no leg yet, the run waits for someone to call: say where. */
function waitingForCall(view: RunView, flow: FlowDocument): string | null {
  const node = flow.nodes.find((candidate) => candidate.id === view.current?.nodeId);
  if (node?.kind !== 'incoming-call' || Object.keys(view.legs).length > 0) return null;
  return `Waiting for a call to ${String(node.params.exophone ?? 'the ExoPhone')}`;
}
