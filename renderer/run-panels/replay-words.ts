import type { Replay } from '../run/run-store';

/** Run time as a clock, "1:05" (whole seconds, rounded up, as a countdown reads). */
export function runClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Where a replay stands, in few words for a narrow bar: "12/43 · 0:04/0:32 · node-entered",
 * or in a long gap while playing, "12/43 · 0:04/0:32 · wait 1:45": the run's time left of it.
 */
export function replayPositionWords(replay: Replay): string {
  const { updates, position, waiting } = replay;
  const first = updates[0]?.at ?? 0;
  const shown = updates[position - 1];
  const since = (shown?.at ?? first) - first;
  const total = (updates.at(-1)?.at ?? first) - first;
  const where = `${position}/${updates.length} · ${runClock(since)}/${runClock(total)}`;
  if (waiting) return `${where} · wait ${runClock(waiting.runMsLeft)}`;
  return shown ? `${where} · ${shown.type}` : where;
}
