import type { Params } from '../../../shared/catalog';
import { CALL_TIMING } from './call-timing';
import { GatherSession } from './gather-session';
import type { GatherRules } from './gather-session';
import { startPlayback } from './media-queue';
import type { Step } from './media-queue';
import type { MediaOwner } from './media-steps';
import type { SimLeg } from './sim-leg';
import type { ActionContext } from './wire-event';
import { EVENT } from '../../../shared/events';
import { playDurationMs, sayDurationMs } from '../../../shared/media/audio-timing';

/** The rules of a Gather from its attributes, with the catalog's defaults for those left out. */
export function gatherRules(params: Params): GatherRules {
  const rules: GatherRules = {
    finishOnKey:
      typeof params.finishOnKey === 'string' ? params.finishOnKey : CALL_TIMING.gatherFinishOnKey,
    timeoutMs:
      (typeof params.timeoutInSec === 'number' ? params.timeoutInSec : CALL_TIMING.gatherTimeoutS) *
      1000,
  };
  if (typeof params.numDigits === 'number') rules.numDigits = params.numDigits;
  return rules;
}

/** The keys a scripted party presses at its `index`-th Gather, if any. */
function scriptedKeys(leg: SimLeg, index: number): string | undefined {
  const { behaviour, digits } = leg.persona;
  if (behaviour !== 'answer') return undefined;
  return digits?.[index];
}

/**
 * A Gather: `gather_initiated`, its prompt (`<Say>` and/or `<StartPlay>` inside it, with their own
 * events), then listening for keys. It ends with `gather_success` and the keys, which are empty
 * after a time-out with no key pressed. A scripted party presses its next entry of
 * `persona.digits` after the prompt; an interactive one presses keys on the virtual phone, and a
 * key pressed during the prompt cuts it short.
 */
export function gatherStep(
  owner: MediaOwner,
  leg: SimLeg,
  params: Params,
  action: ActionContext,
): Step {
  return {
    blocking: true,
    start(done) {
      if (!owner.canPlay()) {
        done();
        return;
      }
      const index = leg.gathersSeen++;
      owner.emit(EVENT.gatherInitiated, {}, undefined, action);
      const session = new GatherSession(gatherRules(params), owner.clock, (digits, at) => {
        if (leg.gather === session) leg.gather = undefined;
        owner.media.playback?.interrupt(at);
        owner.emit(EVENT.gatherSuccess, { digits }, at, action);
        done();
      });
      leg.gather = session;
      const keys = scriptedKeys(leg, index);
      const listen = (at: number) => {
        if (!session.active) return;
        session.listen(at);
        if (keys) session.pressLater(keys, CALL_TIMING.firstKeyAfterMs, CALL_TIMING.keyGapMs);
      };
      const prompts: { kind: 'say' | 'play'; durationMs: number }[] = [];
      if (typeof params.text === 'string' && params.text !== '') {
        prompts.push({ kind: 'say', durationMs: sayDurationMs(params.text) });
      }
      if (typeof params.url === 'string' && params.url !== '') {
        prompts.push({ kind: 'play', durationMs: playDurationMs() });
      }
      const playPrompt = (at: number) => {
        const prompt = prompts.shift();
        if (!prompt || !session.active) {
          listen(at);
          return;
        }
        startPlayback(owner.media, owner.clock, owner.emit, { ...prompt, action }, (end, cut) =>
          cut ? listen(end) : playPrompt(end),
        );
      };
      playPrompt(owner.clock.now());
    },
  };
}
