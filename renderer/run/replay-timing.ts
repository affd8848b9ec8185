import type { RunUpdateMessage } from '../../shared/ipc';

/** The replay speed that ignores the run's timing and shows one update per beat. */
export const STEP_BY_STEP = 0;

/** The speeds the replay bar offers: times faster than the run went, or step by step. */
export const REPLAY_SPEEDS: readonly number[] = [1, 2, 5, 20, STEP_BY_STEP];

export const DEFAULT_REPLAY_SPEED = 1;

/**
 * The longest a replay sits between two updates, in real ms, whatever the speed: a two-minute
 * Wait or a Gather nobody answers would otherwise leave it silent for ages. The countdown says
 * how much of the run's time the shortened gap stands for.
 */
export const LONGEST_REPLAY_GAP_MS = 10_000;

/** How long each update shows when playing step by step. */
export const STEP_BEAT_MS = 600;

/**
 * Updates closer together than this (in real ms, at the chosen speed) are shown at once: they
 * would land in the same animation frame anyway, and one state change is cheaper than several.
 */
export const SAME_MOMENT_MS = 16;

/** A gap of at least this much of the run's time shows a countdown while the replay sits in it. */
export const COUNTDOWN_FROM_MS = 2_000;

/** What playing does next from a position: wait `realMs`, then show `count` more updates. */
export interface ReplayStep {
  count: number;
  /** Real ms to wait before showing them: the run's gap at the speed, capped. */
  realMs: number;
  /** The run's own ms between the update shown last and the first of these. */
  runMs: number;
  /** The gap was longer than LONGEST_REPLAY_GAP_MS at this speed and is shortened to it. */
  shortened: boolean;
  /** The gap is long enough in the run's time to count down while the replay sits in it. */
  countdown: boolean;
}

/**
 * Real ms to wait between two updates at `speed`: the run's gap divided by the speed, capped at
 * LONGEST_REPLAY_GAP_MS; a fixed beat when playing step by step. Nothing waits before the first.
 */
export function replayDelay(
  previous: RunUpdateMessage | undefined,
  next: RunUpdateMessage,
  speed: number,
): number {
  if (!previous) return 0;
  if (speed === STEP_BY_STEP) return STEP_BEAT_MS;
  const gap = Math.max(0, next.at - previous.at);
  return Math.min(LONGEST_REPLAY_GAP_MS, gap / speed);
}

/**
 * The next step of a replay playing from `position` (how many updates are shown): the delay
 * before the next update, and how many updates after it fall in the same moment and show with
 * it. Null at the end.
 */
export function nextReplayStep(
  updates: readonly RunUpdateMessage[],
  position: number,
  speed: number,
): ReplayStep | null {
  const first = updates[position];
  if (!first) return null;
  const previous = updates[position - 1];
  const realMs = replayDelay(previous, first, speed);
  const runMs = previous ? Math.max(0, first.at - previous.at) : 0;
  let count = 1;
  if (speed !== STEP_BY_STEP) {
    for (let next = updates[position + count]; next; next = updates[position + count]) {
      if ((next.at - first.at) / speed >= SAME_MOMENT_MS) break;
      count += 1;
    }
  }
  const timed = speed !== STEP_BY_STEP;
  return {
    count,
    realMs,
    runMs,
    shortened: timed && runMs / speed > LONGEST_REPLAY_GAP_MS,
    countdown: timed && runMs >= COUNTDOWN_FROM_MS,
  };
}

/** "×2", or "Steps" for step by step: how the speed menu names a speed. */
export function replaySpeedName(speed: number): string {
  return speed === STEP_BY_STEP ? 'Steps' : `${speed}×`;
}
