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
  const pausing = usePausing();
  // Words and a phase, not the views: a run sends dozens of updates a second, and the toolbar
  // draws again only when what it shows changes.
  const { phase, ending, status, replayStatus } = useRun(
    useShallow((state) => ({
      phase: state.live.phase,
      ending: state.live.finished?.status ?? null,
      status: runStatusText(state.live, flow, pausing),
      replayStatus: state.replay ? runStatusText(state.replay.view, flow) || 'the start' : null,
    })),
  );
  const going = phase === 'running' || phase === 'paused';
  const idle = !going && phase !== 'starting';
  const { profile, checking } = useProfileChoice(
    useShallow((state) => ({ profile: state.profile, checking: state.checking })),
  );
  const shownStatus =
    replayStatus !== null
      ? `Replay: ${replayStatus}`
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
          disabled={phase === 'running' || phase === 'starting'}
          title="Run one node (F10)"
        >
          Step
        </button>
        <button type="button" onClick={() => void controls.pause()} disabled={phase !== 'running'}>
          Pause
        </button>
        <button
          type="button"
          onClick={() => void controls.runOrContinue()}
          disabled={phase !== 'paused'}
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
          phase={replayStatus === null && pausing ? 'pausing' : phase}
          ending={replayStatus !== null ? null : ending}
        />
      </div>
    </div>
  );
}
