// Joins what the bench process saw (the event at the listener, the move it caused) with what the
// page saw (the node turning active, the frame that showed it) into one timed sample per move.
import type { ListenerTimes } from './glow-latency-listener-tap';
import type { Move } from './glow-latency-moves';
import type { PageRecord } from './glow-latency-probe';

/** One move of the run on the canvas, timed from its event to its glow; all ms. */
export interface GlowSample {
  /** Event reached the listener → frame with its node lit painted: the figure the issue sets. */
  total: number;
  /** Event reached the listener → the vsync that puts that frame on screen. */
  toScreen: number;
  /** Held in the listener's reorder window before the runner hears of it. */
  listenerHold: number;
  /** Runner handles the event, enters the node; the backend publishes the update. */
  backend: number;
  /** WebSocket, parse, wait for the next animation frame, fold into the store, React commit. */
  toDom: number;
  /** Attribute changed → the main thread has painted the frame (glow-latency-probe.ts). */
  toPaint: number;
}

export interface JoinedMoves {
  samples: GlowSample[];
  /** Moves whose node never turned active on the page (it left the node within one frame). */
  unpainted: number;
  /** Page changes that seemed to come before their update was published: clock trouble. */
  impossible: number;
}

/** How far a page time may seem to precede its cause before it counts as impossible. */
const CLOCK_SLACK_MS = 2;

export function joinMoves(
  moves: readonly Move[],
  listener: ReadonlyMap<string, ListenerTimes>,
  page: PageRecord,
): JoinedMoves {
  const samples: GlowSample[] = [];
  let unpainted = 0;
  let impossible = 0;
  const used = new Set<number>();
  for (const move of moves) {
    const times = listener.get(move.eventSid);
    if (!times || times.releasedAt === undefined) {
      throw new Error(
        `Event ${move.eventSid} moved run ${move.runId} but the listener tap missed it`,
      );
    }
    const index = page.activations.findIndex(
      (activation, at) => !used.has(at) && activation.nodeId === move.nodeId,
    );
    const activation = page.activations[index];
    if (!activation || activation.paintedAt === null || activation.shownAt === null) {
      unpainted++;
      continue;
    }
    used.add(index);
    if (activation.changedAt < move.noticeAt - CLOCK_SLACK_MS) impossible++;
    samples.push({
      total: activation.paintedAt - times.arrivedAt,
      toScreen: activation.shownAt - times.arrivedAt,
      listenerHold: times.releasedAt - times.arrivedAt,
      backend: move.noticeAt - times.releasedAt,
      toDom: activation.changedAt - move.noticeAt,
      toPaint: activation.paintedAt - activation.changedAt,
    });
  }
  return { samples, unpainted, impossible };
}

/** Gaps between consecutive animation frames, ms. */
export function frameTimes(frames: readonly number[]): number[] {
  return frames.slice(1).map((time, index) => time - frames[index]!);
}

/** The nearest-rank percentile (0–100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], rank: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.ceil((rank / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, index))]!;
}
