// Prints one phase of the glow-latency bench: the latency against its target, where the time
// goes, the event rate achieved, the frame times and the page's main-thread work.
import type { Round } from './glow-latency-round';
import { percentile } from './glow-latency-samples';
import type { GlowSample } from './glow-latency-samples';

/** The frame time the issue allows at any moment. */
export const FRAME_LIMIT_MS = 50;

export interface Phase extends Round {
  title: string;
  /** The p95 latency the first issue (#7) set for this phase, ms: kept for the ratio. */
  targetMs: number;
  /**
   * The targets in frames (issue #17, item 9): at most this many frames after the event at the
   * 95th percentile, and, when set, at least this share painted by the first frame after it.
   */
  frameTargets: { p95Frames: number; firstFramePercent?: number };
}

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');
const ratio = (value: number, target: number) => `${(value / target).toFixed(2)}×`;
const line = (label: string, text: string) => console.log(`  ${label.padEnd(25)}${text}`);

function stage(samples: readonly GlowSample[], key: keyof GlowSample, label: string): void {
  const values = samples.map((sample) => sample[key]);
  const p50 = ms(percentile(values, 50)).padStart(10);
  console.log(`    ${label.padEnd(50)}${p50}${ms(percentile(values, 95)).padStart(10)}`);
}

export function printPhase(phase: Phase): void {
  const { samples, unpainted, impossible } = phase.joined;
  const totals = samples.map((sample) => sample.total);
  const p95 = percentile(totals, 95);
  const frames = phase.frameTimes;
  const frameMax = Math.max(...frames);
  const perRound = phase.rounds > 1 ? ' a round' : '';
  console.log(`\n${phase.title}`);
  line(
    'runs',
    `${phase.runs / phase.rounds}${perRound}, ${phase.completed} of ${phase.runs} completed` +
      (phase.firstFailure ? ` (first failure: ${phase.firstFailure})` : ''),
  );
  line(
    'events at the listener',
    `${Math.round(phase.events / phase.rounds)}${perRound} in ${(phase.eventSpanMs / phase.rounds / 1000).toFixed(2)} s: ` +
      `${(phase.events / (phase.eventSpanMs / 1000)).toFixed(0)} events/s`,
  );
  line(
    'moves timed',
    `${samples.length} of the canvas run's ${phase.moves} event-decided moves` +
      (unpainted ? `; ${unpainted} never lit (the run left the node within one frame)` : ''),
  );
  if (impossible)
    line('WARNING', `${impossible} glows seem to precede their update: clocks disagree`);
  line(
    'event → glow painted',
    `p50 ${ms(percentile(totals, 50))}   p95 ${ms(p95)}   max ${ms(Math.max(...totals))}`,
  );
  line(
    'p95 / target',
    `${ratio(p95, phase.targetMs)} of ${phase.targetMs.toFixed(1)} ms` +
      (p95 > phase.targetMs ? '  (over target)' : '  (within target)'),
  );
  // In frames: a glow can only show at a frame, and an event lands anywhere between two, so
  // "within one frame" also reads as "painted by the first frame after the event".
  const late = samples.map((sample) => sample.framesLate);
  const firstFrame = late.filter((frames) => frames <= 1).length;
  const firstFramePercent = (100 * firstFrame) / Math.max(1, late.length);
  const p95Frames = percentile(late, 95);
  line(
    'frames after the event',
    `p50 ${percentile(late, 50)}   p95 ${p95Frames}   max ${Math.max(...late)}; ` +
      `${firstFramePercent.toFixed(0)}% painted by the first frame after it`,
  );
  const { frameTargets } = phase;
  const verdict = (met: boolean) => (met ? '(met)' : '(missed)');
  line(
    'frame targets',
    `p95 ≤ ${frameTargets.p95Frames} frames ${verdict(p95Frames <= frameTargets.p95Frames)}` +
      (frameTargets.firstFramePercent === undefined
        ? ''
        : `; ≥ ${frameTargets.firstFramePercent}% by the first frame ` +
          verdict(firstFramePercent >= frameTargets.firstFramePercent)),
  );
  console.log(`  where the time goes${'p50'.padStart(39)}${'p95'.padStart(10)}`);
  stage(samples, 'listenerHold', 'in the listener (reorder window, hand-off)');
  stage(samples, 'backend', 'runner and backend');
  stage(samples, 'toPage', 'WebSocket to the page');
  stage(samples, 'toDom', 'in the page: hand-over, store, React');
  stage(samples, 'toPaint', 'attribute changed → frame painted');
  stage(samples, 'toScreen', '(all of it, counted to the vsync that shows it)');
  stage(samples, 'frameWait', '(the wait for the next frame alone: a floor)');
  const slow = frames.filter((frame) => frame > FRAME_LIMIT_MS).length;
  line(
    'frame time',
    `p50 ${ms(percentile(frames, 50))}   p95 ${ms(percentile(frames, 95))}   max ${ms(frameMax)}` +
      `   (${frames.length} frames, ${slow} over ${FRAME_LIMIT_MS} ms)`,
  );
  line(
    'max frame / limit',
    `${ratio(frameMax, FRAME_LIMIT_MS)} of ${FRAME_LIMIT_MS} ms` +
      (frameMax > FRAME_LIMIT_MS ? '  (over limit)' : '  (within limit)'),
  );
  const wallMs = frames.reduce((sum, frame) => sum + frame, 0);
  const perFrame = (value: number) => (value / frames.length).toFixed(1);
  const { TaskDuration, ScriptDuration, RecalcStyleDuration, LayoutDuration } = phase.mainThread;
  line(
    'page main thread',
    `busy ${((TaskDuration / wallMs) * 100).toFixed(0)}%; ms a frame: all ${perFrame(TaskDuration)}, ` +
      `script ${perFrame(ScriptDuration)}, style ${perFrame(RecalcStyleDuration)}, layout ${perFrame(LayoutDuration)}`,
  );
}
