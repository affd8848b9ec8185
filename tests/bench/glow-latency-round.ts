// One round of the glow-latency bench: the page starts a run (with the Run button), the bench
// starts any others at the same moment, and everything is recorded until all have ended.
import type { Page } from '@playwright/test';
import type { FlowDocument } from '../../shared/flow';
import { COMMANDS } from '../../shared/ipc';
import { pressRun } from './glow-latency-app';
import type { BenchApp } from './glow-latency-app';
import { pageClockOffset } from './glow-latency-clock';
import type { ClockOffset } from './glow-latency-clock';
import type { ListenerTap } from './glow-latency-listener-tap';
import { addTimes } from './glow-latency-main-thread';
import type { MainThreadMeter, MainThreadTime } from './glow-latency-main-thread';
import type { RunWatch } from './glow-latency-moves';
import { startProbe, stopProbe } from './glow-latency-probe';
import { frameTimes, joinMoves } from './glow-latency-samples';
import type { JoinedMoves } from './glow-latency-samples';

const RUN_TIMEOUT_MS = 60_000;

/** What one round (or several, added up) measured. */
export interface Round {
  rounds: number;
  /** The page's clock against the bench's, per round. */
  clocks: ClockOffset[];
  runs: number;
  completed: number;
  /** Why the first run that did not complete ended, if one did not. */
  firstFailure?: string;
  /** Events that reached the listener, every run's, and the time from the first to the last. */
  events: number;
  eventSpanMs: number;
  /** Event-decided moves of the run on the canvas, and how they were timed. */
  moves: number;
  joined: JoinedMoves;
  /** Gaps between animation frames, ms. */
  frameTimes: number[];
  mainThread: MainThreadTime;
}

export interface RoundTools {
  app: BenchApp;
  page: Page;
  meter: MainThreadMeter;
  watch: RunWatch;
  tap: ListenerTap;
}

/** Presses Run on the page while the bench starts `others` runs of `flow`, and records it all. */
export async function recordRound(
  { app, page, meter, watch, tap }: RoundTools,
  others: { flow: FlowDocument; count: number } | null,
): Promise<Round> {
  const clock = await pageClockOffset(page);
  const firstEvent = tap.arrivals.length;
  const firstMove = watch.moves.length;
  const pageRunsBefore = app.pageRuns.length;
  await startProbe(page);
  const endMeter = await meter.begin();
  const [, ...started] = await Promise.all([
    pressRun(page),
    ...Array.from({ length: others?.count ?? 0 }, () => startRun(app, others!.flow)),
  ]);
  const shown = await app.pageRun(pageRunsBefore, RUN_TIMEOUT_MS);
  const runIds = [shown, ...started];
  await watch.waitFinished(runIds, RUN_TIMEOUT_MS);
  // The last glow is painted a frame or two after the run's last update.
  await page.waitForTimeout(100);
  const record = await stopProbe(page, clock);
  const mainThread = await endMeter();

  const endings = runIds.map((runId) => watch.endings.get(runId)!);
  const failure = endings.find((ending) => ending.status !== 'completed');
  const arrivals = tap.arrivals.slice(firstEvent);
  const moves = watch.moves.slice(firstMove).filter((move) => move.runId === shown);
  return {
    rounds: 1,
    clocks: [clock],
    runs: runIds.length,
    completed: endings.length - endings.filter((ending) => ending.status !== 'completed').length,
    ...(failure && { firstFailure: `${failure.status}: ${failure.reason}` }),
    events: arrivals.length,
    eventSpanMs: arrivals.length > 1 ? arrivals.at(-1)! - arrivals[0]! : Number.NaN,
    moves: moves.length,
    joined: joinMoves(moves, tap.events, record),
    frameTimes: frameTimes(record.frames),
    mainThread,
  };
}

/** Starts a run from the bench, through the same command the page uses. */
export async function startRun(app: BenchApp, flow: FlowDocument): Promise<string> {
  const result = await app.backend.dispatch('run.start', { flow });
  if (!result.ok) throw new Error(`A run did not start: ${result.error.message}`);
  return COMMANDS['run.start'].reply.parse(result.value).runId;
}

/** Several rounds as one: counts and times added up, samples and frames pooled. */
export function poolRounds(rounds: readonly Round[]): Round {
  const sum = (of: (round: Round) => number) =>
    rounds.reduce((total, round) => total + of(round), 0);
  const failure = rounds.find((round) => round.firstFailure)?.firstFailure;
  return {
    rounds: sum((round) => round.rounds),
    clocks: rounds.flatMap((round) => round.clocks),
    runs: sum((round) => round.runs),
    completed: sum((round) => round.completed),
    ...(failure && { firstFailure: failure }),
    events: sum((round) => round.events),
    eventSpanMs: sum((round) => round.eventSpanMs),
    moves: sum((round) => round.moves),
    joined: {
      samples: rounds.flatMap((round) => round.joined.samples),
      unpainted: sum((round) => round.joined.unpainted),
      impossible: sum((round) => round.joined.impossible),
    },
    frameTimes: rounds.flatMap((round) => round.frameTimes),
    mainThread: addTimes(rounds.map((round) => round.mainThread)),
  };
}
