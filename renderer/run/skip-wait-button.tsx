import { SkipForward } from 'lucide-react';
import { useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { SIMULATOR_PROFILE } from '../../shared/ipc';
import { useBackend } from '../ipc/backend-context';
import { useDesignerStoreApi } from '../store/designer-context';
import { paceStore } from './pace-store';
import { useRun } from './run-context';
import { useProfileChoice } from './run-profile-choice';
import type { RunWaitingView } from './run-view';
import { useCountdown } from './use-countdown';

/** What the run waits for, as the button's tooltip names it. */
const WAITS_FOR: Record<RunWaitingView['kind'], string> = {
  wait: 'the Wait',
  gather: 'the Gather’s time-out',
  ringing: 'the ringing to end',
};

/**
 * "Skip wait" and the seconds left of what the run waits for (a Wait node, a Gather's time-out,
 * a ringing leg): one press moves the Simulator's time on to the moment the wait ends, firing
 * everything due before it in order. Anything that cannot be skipped is said on the notice line.
 */
export function SkipWaitButton() {
  const backend = useBackend();
  const designer = useDesignerStoreApi();
  const { waiting, runId, running } = useRun(
    useShallow((state) => ({
      waiting: state.live.waiting,
      runId: state.live.runId,
      running: state.live.phase === 'running',
    })),
  );
  const live = useProfileChoice((state) => state.profile) !== SIMULATOR_PROFILE;
  const adjustable = useStore(paceStore, (state) => state.adjustable);
  const left = useCountdown(waiting, live);
  const [skipping, setSkipping] = useState(false);
  const canSkip = waiting !== null && running && !live && adjustable && !skipping;
  const title = live
    ? 'A live call’s time is real: it cannot be skipped.'
    : waiting
      ? `Skip to the end of ${WAITS_FOR[waiting.kind]}`
      : 'Skip what the run waits for: a Wait, a Gather’s time-out or a ringing phone';

  const skip = async () => {
    if (!runId) return;
    setSkipping(true);
    const tell = (text: string) => designer.getState().notify(text, 'refusal');
    try {
      const reply = await backend.pace.skipWait({ runId });
      if (reply.now !== null) paceStore.getState().sawTime(reply.now);
      if (!reply.skipped) designer.getState().notify(reply.message, 'info');
    } catch (error) {
      tell((error as Error).message);
    } finally {
      setSkipping(false);
    }
  };

  return (
    <span className="run-pace__skip-box" title={title}>
      {/* An icon and the seconds left, like a player's skip: the title bar has little room. */}
      <button
        type="button"
        className="run-pace__skip"
        aria-label="Skip wait"
        disabled={!canSkip}
        onClick={() => void skip()}
      >
        <SkipForward size={12} aria-hidden="true" focusable="false" />
      </button>
      <output
        className="run-pace__countdown"
        aria-label="Time left"
        data-kind={waiting?.kind}
        data-node={waiting?.nodeId}
      >
        {left === null ? '' : `${left} s`}
      </output>
    </span>
  );
}
