import type { SimClock } from '../clock/sim-clock';
import type { ActionContext } from './wire-event';
import { AUDIO_EVENTS } from '../../../shared/events';
import type { EventName } from '../../../shared/events';

/** One action of a request, as a leg or a bridge runs it. */
export interface Step {
  /** Play, Say and Gather take time; the steps after them wait until they end. */
  blocking: boolean;
  /** Starts the step and calls `done` when it has ended (at once for instant steps). */
  start(done: () => void): void;
}

/** Sends one event about the leg or bridge that owns a queue. */
export type EmitFn = (
  name: EventName,
  extra: Record<string, unknown>,
  at?: number,
  action?: ActionContext,
) => void;

/** Audio that is playing: a Play or a Say, on its own or as a Gather's prompt. */
export interface Playback {
  kind: 'play' | 'say';
  action: ActionContext;
  /** Stops it with `<kind>_interrupted` (StopPlay, StopSay, a key pressed during a prompt). */
  interrupt(at?: number): void;
  /** Stops it without a word, because the leg or bridge ended. */
  silence(): void;
}

/**
 * The audio and input of one leg or bridge: one Play, Say or Gather at a time, the others waiting
 * in order, the way a caller hears them.
 */
export class MediaQueue {
  private readonly waiting: Step[] = [];
  private running = false;
  private pumping = false;
  private stopped = false;
  /** The audio playing now, if any. */
  playback: Playback | undefined;

  /**
   * Takes the steps of one request. Instant actions at its head run at once, even while audio
   * plays: a Hangup or a StopPlay must not wait for the Say it is meant to cut short. The rest run
   * in order after whatever is already playing.
   */
  submit(steps: readonly Step[]): void {
    let index = 0;
    for (; index < steps.length && !steps[index]!.blocking; index++) {
      if (this.stopped) return;
      steps[index]!.start(() => {});
    }
    this.waiting.push(...steps.slice(index));
    this.pump();
  }

  /** Whether a Play, Say or Gather is running or waiting. */
  get busy(): boolean {
    return this.running || this.waiting.length > 0;
  }

  /** Ends everything silently: the leg or bridge is gone. */
  stop(): void {
    this.stopped = true;
    this.waiting.length = 0;
    this.playback?.silence();
    this.playback = undefined;
  }

  private pump(): void {
    // An instant step calls done() inside start(); the loop below then carries on, rather than
    // a nested pump() recursing once per step.
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.running && !this.stopped && this.waiting.length > 0) {
        const step = this.waiting.shift()!;
        this.running = true;
        let ended = false;
        step.start(() => {
          if (ended) return;
          ended = true;
          this.running = false;
          this.pump();
        });
      }
    } finally {
      this.pumping = false;
    }
  }
}

/** What to play and how long it lasts. */
export interface PlaybackRequest {
  kind: 'play' | 'say';
  /** Virtual milliseconds, every loop included. */
  durationMs: number;
  action: ActionContext;
}

/**
 * Starts audio on `queue`'s owner: `<kind>_started` now, `<kind>_completed` when it has played
 * out, or `<kind>_interrupted` if stopped first. `onEnd` runs either way (not on `silence`).
 */
export function startPlayback(
  queue: MediaQueue,
  clock: SimClock,
  emit: EmitFn,
  request: PlaybackRequest,
  onEnd: (at: number, interrupted: boolean) => void,
): Playback {
  const { kind, action } = request;
  emit(AUDIO_EVENTS[kind].started, {}, undefined, action);
  let over = false;
  const timer = clock.after(request.durationMs, (due) => finish(due, false));
  const finish = (at: number, interrupted: boolean) => {
    if (over) return;
    over = true;
    timer.cancel();
    if (queue.playback === playback) queue.playback = undefined;
    const events = AUDIO_EVENTS[kind];
    emit(interrupted ? events.interrupted : events.completed, {}, at, action);
    onEnd(at, interrupted);
  };
  const playback: Playback = {
    kind,
    action,
    interrupt: (at = clock.now()) => finish(at, true),
    silence: () => {
      over = true;
      timer.cancel();
    },
  };
  queue.playback = playback;
  return playback;
}
