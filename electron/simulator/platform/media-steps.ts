import type { Params } from '../../../shared/catalog';
import type { SimClock } from '../clock/sim-clock';
import { CALL_TIMING } from './call-timing';
import { startPlayback } from './media-queue';
import type { EmitFn, MediaQueue, Step } from './media-queue';
import type { ActionContext } from './wire-event';

// ASSUMPTION(loop-repeats): loop = repeats, plays loop + 1 times.
/**
 * How many times audio plays for a `loop` attribute: `loop` counts repeats (seed 002: "number of
 * times to repeat (max 10), default 0"), so it plays loop + 1 times; absent means once.
 */
export function playCount(loop: unknown): number {
  return typeof loop === 'number' && loop > 0 ? Math.floor(loop) + 1 : 1;
}

/** How long a Say lasts: by the length of its text, at least {@link CALL_TIMING.sayMinMs}. */
export function sayDurationMs(text: string, loop?: unknown): number {
  const once = Math.max(CALL_TIMING.sayMinMs, text.trim().length * CALL_TIMING.sayMsPerChar);
  return once * playCount(loop);
}

/** How long a Play lasts: the simulator cannot fetch the file, so a fixed length per loop. */
export function playDurationMs(loop?: unknown): number {
  return CALL_TIMING.playMs * playCount(loop);
}

/** Where audio plays: a leg's or a bridge's queue, its clock and its events. */
export interface MediaOwner {
  media: MediaQueue;
  clock: SimClock;
  emit: EmitFn;
  /** Whether audio can still be played (the leg is answered, the bridge is active). */
  canPlay(): boolean;
}

/** A Play or Say step: blocks the queue for as long as the audio lasts. */
export function audioStep(
  owner: MediaOwner,
  kind: 'play' | 'say',
  params: Params,
  action: ActionContext,
): Step {
  const durationMs =
    kind === 'say'
      ? sayDurationMs(String(params.text ?? ''), params.loop)
      : playDurationMs(params.loop);
  return {
    blocking: true,
    start(done) {
      if (!owner.canPlay()) {
        done();
        return;
      }
      startPlayback(owner.media, owner.clock, owner.emit, { kind, durationMs, action }, () =>
        done(),
      );
    },
  };
}

/** A StopPlay or StopSay step: interrupts that kind of audio if it is playing, else does nothing. */
export function stopAudioStep(owner: MediaOwner, kind: 'play' | 'say'): Step {
  return {
    blocking: false,
    start(done) {
      const playing = owner.media.playback;
      if (playing?.kind === kind) playing.interrupt();
      done();
    },
  };
}

/** A step that does its work at once. */
export function instantStep(run: () => void): Step {
  return {
    blocking: false,
    start(done) {
      run();
      done();
    },
  };
}
