import type { Params } from '../../../shared/catalog';
import type { SimClock } from '../clock/sim-clock';
import { playDurationMs, sayDurationMs } from '../../../shared/media/audio-timing';
import { startPlayback } from './media-queue';
import type { EmitFn, MediaQueue, Step } from './media-queue';
import type { ActionContext } from './wire-event';

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
