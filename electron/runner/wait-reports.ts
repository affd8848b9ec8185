import type { Params } from '../../shared/catalog';
import { canonicalEventName, EVENT, eventData, eventTimeMs } from '../../shared/events';
import type { LegEvent } from '../../shared/events';
import type { StepContext } from './step-context';

/** A prompt inside a Gather has ended: once the last has, the platform starts its time-out. */
const PROMPT_ENDED = new Set<string>([
  EVENT.sayCompleted,
  EVENT.sayFailedToStart,
  EVENT.playCompleted,
  EVENT.playFailedToStart,
]);

/** A key pressed during the prompt cuts it short: the platform listens from then on. */
const PROMPT_CUT = new Set<string>([EVENT.sayInterrupted, EVENT.playInterrupted]);

/** A number param in seconds as the node has it, else the catalog's default for it. */
function secondsParam(context: StepContext, params: Params, name: string): number {
  const value = Number(params[name]);
  if (value > 0) return value;
  const spec = context.definition.params.find((param) => param.name === name);
  const fallback = spec && 'default' in spec ? spec.default : undefined;
  return typeof fallback === 'number' ? fallback : 0;
}

/** The event is about `sid` and, when it names an action, this step's. */
function concerns(context: StepContext, event: LegEvent, sid: string): boolean {
  if (eventData(event).leg_sid !== sid) return false;
  const tag = event.action_custom_parameter;
  return !tag || tag === context.actionTag;
}

/**
 * Reports a Gather's time-out once it runs. The platform counts it from the end of the prompt
 * (its last Say or Play, or a key that cut it short; at once without a prompt), so the run
 * learns the moment from those events' own times. A key pressed while listening restarts the
 * platform's count unseen; the report then ends early, and the run's own time-out is the bound.
 * Returns the function that stops watching.
 */
export function watchGatherTimeout(
  context: StepContext,
  sid: string,
  params: Params,
  bound: () => number | undefined,
): () => void {
  let prompts = ['text', 'url'].filter((name) => String(params[name] ?? '') !== '').length;
  let initiated = false;
  const timeoutMs = secondsParam(context, params, 'timeoutInSec') * 1000;
  const listening = (at: number) => {
    prompts = 0;
    const until = at + timeoutMs;
    context.reportWaiting('gather', until, Math.max(until, bound() ?? until));
  };
  return context.onRunEvent((event) => {
    if (!concerns(context, event, sid)) return;
    const name = canonicalEventName(event.event_name);
    if (name === EVENT.gatherInitiated) {
      initiated = true;
      if (prompts === 0) listening(eventTimeMs(event));
    } else if (initiated && prompts > 0 && PROMPT_CUT.has(name)) {
      listening(eventTimeMs(event));
    } else if (initiated && prompts > 0 && PROMPT_ENDED.has(name)) {
      prompts -= 1;
      if (prompts === 0) listening(eventTimeMs(event));
    }
  });
}

/**
 * Reports a dialled leg ringing, until the first of its time-outs: `timeout` counted from the
 * dialling, `ring_timeout` from the first ring. The party may answer sooner.
 */
export function watchRinging(
  context: StepContext,
  sid: string,
  params: Params,
  dialledAt: number,
  bound: () => number | undefined,
): () => void {
  let reported = false;
  return context.onRunEvent((event) => {
    if (reported || !concerns(context, event, sid)) return;
    if (canonicalEventName(event.event_name) !== EVENT.legRinging) return;
    reported = true;
    const until = Math.min(
      dialledAt + secondsParam(context, params, 'timeout') * 1000,
      eventTimeMs(event) + secondsParam(context, params, 'ring_timeout') * 1000,
    );
    context.reportWaiting('ringing', until, Math.max(until, bound() ?? until));
  });
}
