import type { RunView } from './run-view';

/** How a node looks in a run: `data-run-state` on the canvas. */
export type NodeRunState = 'active' | 'paused' | 'failed' | 'visited' | 'idle';

/**
 * A node's state in the run shown: the cursor's node is `active` (or `paused` when the run waits
 * before it), the node a failed run failed at (`failedId`, from failed-node.ts) is `failed`, a
 * node that ran is `visited`, any other `idle`.
 */
export function nodeRunState(
  view: RunView,
  nodeId: string,
  failedId: string | null = null,
): NodeRunState {
  if (failedId === nodeId) return 'failed';
  if (view.paused?.nodeId === nodeId) return 'paused';
  if (view.current?.nodeId === nodeId && view.phase === 'running') return 'active';
  return (view.visits[nodeId] ?? 0) > 0 ? 'visited' : 'idle';
}
