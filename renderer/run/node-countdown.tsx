import { Timer } from 'lucide-react';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useProfileChoice } from './run-profile-choice';
import type { RunWaitingView } from './run-view';
import { useCountdown } from './use-countdown';

/** What the badge's label says the node waits for. */
const WAITING_FOR: Record<RunWaitingView['kind'], string> = {
  wait: 'until the Wait ends',
  gather: 'until the Gather times out',
  ringing: 'of ringing at most',
};

/**
 * The seconds left of the live run's wait on a node (a Wait, a Gather's time-out, a ringing leg),
 * as a badge on its top edge. `waiting` is the node's own (node-run-channel.ts); only the node
 * that waits runs a timer.
 */
export function NodeCountdown({ waiting }: { waiting: RunWaitingView | null }) {
  return waiting ? <CountdownBadge waiting={waiting} /> : null;
}

function CountdownBadge({ waiting }: { waiting: RunWaitingView }) {
  const live = useProfileChoice((state) => state.profile) !== SIMULATOR_PROFILE;
  const left = useCountdown(waiting, live) ?? 0;
  return (
    <span
      className="flow-node__countdown"
      data-kind={waiting.kind}
      role="timer"
      aria-label={`${left} s left ${WAITING_FOR[waiting.kind]}`}
    >
      <Timer size={11} aria-hidden="true" focusable="false" />
      {left} s
    </span>
  );
}
