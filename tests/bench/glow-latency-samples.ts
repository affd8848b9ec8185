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
  /** The backend's notice → the page's socket has it (serialising, loopback, browser IPC). */
  toPage: number;
  /** In the page: parse, wait for the hand-over, fold into the store, React commit. */
  toDom: number;
  /** Attribute changed → the main thread has painted the frame (glow-latency-probe.ts). */
  toPaint: number;
  /**
   * Event reached the listener → the next frame began: the wait no app can avoid, since a glow
   * can only be painted in a frame, and events do not keep time with the display.
   */
  frameWait: number;
  /**
   * How many frames began between the event reaching the listener and the start of the frame
   * that painted its glow: 1 when it made the first frame after the event (0 when the event came
   * in while a frame was already rendering, and that frame took it).
   */
  framesLate: number;
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
  const usedArrivals = new Set<number>();
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
    const arrivalIndex = page.arrivals.findIndex(
      (arrival, at) =>
        !usedArrivals.has(at) && arrival.runId === move.runId && arrival.nodeId === move.nodeId,
    );
    usedArrivals.add(arrivalIndex);
    const receivedAt = page.arrivals[arrivalIndex]?.at ?? move.noticeAt;
    if (activation.changedAt < move.noticeAt - CLOCK_SLACK_MS) impossible++;
    samples.push({
      total: activation.paintedAt - times.arrivedAt,
      toScreen: activation.shownAt - times.arrivedAt,
      listenerHold: times.releasedAt - times.arrivedAt,
      backend: move.noticeAt - times.releasedAt,
      toPage: receivedAt - move.noticeAt,
      toDom: activation.changedAt - receivedAt,
      toPaint: activation.paintedAt - activation.changedAt,
      frameWait:
        (page.frames.find((start) => start > times.arrivedAt) ?? Number.NaN) - times.arrivedAt,
      framesLate: framesBetween(page.frames, times.arrivedAt, activation.paintedAt),
    });
  }
  return { samples, unpainted, impossible };
}

/** How many frames (by start time) began after `from` up to the one that was painting at `paintedAt`. */
function framesBetween(frames: readonly number[], from: number, paintedAt: number): number {
  const paintingFrame = frames.findLast((start) => start <= paintedAt);
  if (paintingFrame === undefined) return 0;
  return frames.filter((start) => start > from && start <= paintingFrame).length;
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
