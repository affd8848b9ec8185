import { FileDown, Pause, Play, X } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRun, useRunStoreApi } from '../run/run-context';
import {
  LONGEST_REPLAY_GAP_MS,
  REPLAY_SPEEDS,
  replaySpeedName,
  STEP_BEAT_MS,
} from '../run/replay-timing';
import { replayPositionWords } from './replay-words';
import { useExportReport } from './use-export-report';

const PLAY_HELP =
  `Play the run in its own time at the chosen speed (Space). Gaps play in ` +
  `${LONGEST_REPLAY_GAP_MS / 1000} s at most; Steps shows one update every ${STEP_BEAT_MS / 1000} s.`;

/** Space plays and pauses from anywhere on the bar but its buttons and menu, which use it. */
const usesSpace = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('button, select, a, textarea') !== null;

/**
 * The controls of an open replay: Play/Pause and speed, a scrubber (the canvas and every panel
 * show the run as of its position) and where it stands, with a countdown while playing sits in
 * a long gap. Export writes the whole run (not just up to the scrubber) as an HTML report.
 */
export function ReplayBar() {
  const runs = useRunStoreApi();
  const replay = useRun(useShallow((state) => state.replay));
  const { exportReport, exporting } = useExportReport();
  if (!replay) return null;
  const { summary, updates, position, playing, speed } = replay;

  const toggle = () => {
    const state = runs.getState();
    if (state.replay?.playing) state.pauseReplay();
    else state.playReplay();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== ' ' || usesSpace(event.target)) return;
    event.preventDefault();
    toggle();
  };

  return (
    // A group that takes focus when clicked, so Space works after a click anywhere on it.
    <div
      className="replay-bar"
      role="group"
      aria-label="Replay"
      tabIndex={-1}
      data-playing={playing}
      onKeyDown={onKeyDown}
    >
      {/* The run's flow and status are on the toolbar and History's row: here only on hover. */}
      <strong title={`${summary.flow} · ${summary.status} · ${summary.startedAt}`}>Replay</strong>
      <button
        type="button"
        className="replay-bar__play"
        onClick={toggle}
        aria-pressed={playing}
        title={PLAY_HELP}
        disabled={updates.length === 0}
      >
        {playing ? (
          <Pause size={13} aria-hidden="true" focusable="false" />
        ) : (
          <Play size={13} aria-hidden="true" focusable="false" />
        )}
        {playing ? 'Pause' : 'Play'}
      </button>
      <select
        aria-label="Replay speed"
        title={PLAY_HELP}
        value={speed}
        onChange={(event) => runs.getState().setReplaySpeed(Number(event.target.value))}
      >
        {REPLAY_SPEEDS.map((choice) => (
          <option key={choice} value={choice}>
            {replaySpeedName(choice)}
          </option>
        ))}
      </select>
      <input
        type="range"
        aria-label="Replay position"
        min={0}
        max={updates.length}
        value={position}
        onChange={(event) => runs.getState().scrub(Number(event.target.value))}
      />
      <output
        aria-label="Replay step"
        data-waiting={replay.waiting !== null}
        title={
          replay.waiting?.shortened
            ? `A long wait of the run, played in ${LONGEST_REPLAY_GAP_MS / 1000} s`
            : undefined
        }
      >
        {replayPositionWords(replay)}
      </output>
      <button
        type="button"
        className="replay-bar__report"
        aria-label="Export report"
        title="Export report: the whole run, with a picture of the path, as one HTML file"
        onClick={() => void exportReport()}
        disabled={exporting}
      >
        <FileDown size={13} aria-hidden="true" focusable="false" />
        {exporting ? 'Exporting…' : 'Report'}
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Close replay"
        title="Close replay"
        onClick={() => runs.getState().closeReplay()}
      >
        <X size={16} aria-hidden="true" focusable="false" />
      </button>
    </div>
  );
}
