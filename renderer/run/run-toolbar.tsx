import './run.css';
import { Play, Square } from 'lucide-react';
import { useShallow } from 'zustand/react/shallow';
import { useDesigner } from '../store/designer-context';
import { SaveRunAsTestButton } from '../tests/save-run-as-test-button';
import { usePausing } from './pause-request';
import { ProfilePicker } from './profile-picker';
import { useRun } from './run-context';
import { useProfileChoice } from './run-profile-choice';
import { RunStatusLine } from './run-status-line';
import { SkipWaitButton } from './skip-wait-button';
import { SpeedPicker } from './speed-picker';
import { runStatusText } from './run-status-text';
import { useBreakpointDots } from './use-breakpoint-dots';
import { useRunControls } from './use-run-controls';
import { useRunKeys } from './use-run-keys';

/**
 * Run, Step, Pause, Continue and Stop; then the profile the run goes on, the Simulator's speed,
 * Skip wait with the seconds left, and where the run stands. Buttons that cannot act now are
 * disabled rather than hidden, so they do not jump about.
 */
export function RunToolbar() {
  const controls = useRunControls();
  useRunKeys(controls);
  useBreakpointDots(controls);
  const flow = useDesigner((state) => state.flow);
  const { live, replay } = useRun(
    useShallow((state) => ({ live: state.live, replay: state.replay?.view ?? null })),
  );
  const going = live.phase === 'running' || live.phase === 'paused';
  const idle = !going && live.phase !== 'starting';
  const pausing = usePausing();
  const status = runStatusText(live, flow, pausing);
  const { profile, checking } = useProfileChoice(
    useShallow((state) => ({ profile: state.profile, checking: state.checking })),
  );
  const shownStatus = replay
    ? `Replay: ${runStatusText(replay, flow) || 'the start'}`
    : checking
      ? `Checking “${profile}”…`
      : status;

  return (
    <div className="run-toolbar" role="toolbar" aria-label="Run">
      <div className="run-toolbar__buttons">
        <button
          type="button"
          onClick={() => void controls.runOrContinue()}
          disabled={!idle || checking}
          title="Run the flow (F5)"
        >
          <Play className="run-toolbar__icon" size={12} aria-hidden="true" focusable="false" />
          Run
        </button>
        <button
          type="button"
          onClick={() => void controls.step()}
          disabled={live.phase === 'running' || live.phase === 'starting'}
          title="Run one node (F10)"
        >
          Step
        </button>
        <button
          type="button"
          onClick={() => void controls.pause()}
          disabled={live.phase !== 'running'}
        >
          Pause
        </button>
        <button
          type="button"
          onClick={() => void controls.runOrContinue()}
          disabled={live.phase !== 'paused'}
          title="Run to the next breakpoint (F5)"
        >
          Continue
        </button>
        <button
          type="button"
          onClick={() => void controls.stop()}
          disabled={!going}
          title="Stop and hang up every leg (Shift+F5)"
        >
          <Square className="run-toolbar__icon" size={11} aria-hidden="true" focusable="false" />
          Stop
        </button>
        <SaveRunAsTestButton />
      </div>
      <div className="run-toolbar__line">
        <ProfilePicker disabled={!idle || checking} />
        <SpeedPicker />
        {/* On the line, not among the buttons: it gives way to the flow's name with the status. */}
        <SkipWaitButton />
        <RunStatusLine
          text={shownStatus}
          phase={!replay && pausing ? 'pausing' : live.phase}
          ending={replay ? null : (live.finished?.status ?? null)}
        />
      </div>
    </div>
  );
}
