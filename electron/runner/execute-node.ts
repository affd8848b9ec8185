import { branchConditions, gatherChoices } from '../../shared/catalog';
import type { Params, WaitSpec } from '../../shared/catalog';
import { eventData } from '../../shared/events';
import type { LegEventData } from '../../shared/events';
import { compileNodeExoml } from '../../shared/exoml';
import { substituteTemplates } from '../../shared/flow';
import { branchPort } from './evaluate-branch';
import { HANGUP_BOUND_MS, postHangup } from './leg-hangups';
import { STEP_OVER } from './run-interrupts';
import type { RunLeg } from './run-legs';
import type { StepContext, StepOutcome } from './step-context';
import { watchGatherTimeout, watchRinging } from './wait-reports';

/** Runs one node: posts what it posts, waits for what the catalog says, picks the port. */
export async function executeNode(context: StepContext): Promise<StepOutcome> {
  const { node } = context;
  switch (node.kind) {
    case 'incoming-call':
      return answerTrigger(context);
    case 'outbound-call':
      return dial(context);
    case 'bridge-legs':
      return bridge(context);
    case 'wait':
      return pause(context, Number(node.params.seconds ?? 5) * 1000);
    case 'branch': {
      const name = String(node.params.variable ?? 'digits');
      return {
        port: branchPort(branchConditions(node.params), context.variables.all()[name] ?? ''),
      };
    }
    case 'set-variable': {
      const value = substituteTemplates(String(node.params.value ?? ''), context.variables.all());
      context.variables.set(String(node.params.name), value);
      return { port: 'next' };
    }
    case 'end':
      return {
        end: {
          status: node.params.status === 'failed' ? 'failed' : 'completed',
          reason: String(node.params.reason || `Reached "${node.label || 'End'}".`),
        },
      };
    default:
      return postAction(context);
  }
}

/** A Wait node: the run stands still for `ms` of platform time, and says until when. */
async function pause(context: StepContext, ms: number): Promise<StepOutcome> {
  const { clock } = context.platform;
  const instant = <T>(fn: () => T): T => (clock.atOneInstant ? clock.atOneInstant(fn) : fn());
  // At one instant, so the end the countdown shows is the timer's own due time, to the digit.
  await instant(() => {
    const until = clock.now() + Math.max(0, ms);
    if (Number.isFinite(until)) context.reportWaiting('wait', until, until);
    return clock.sleep(ms, context.signal);
  });
  return { port: 'next' };
}

/** Substitutes templates in every text param, as the call will see them. */
function filled(params: Params, variables: Record<string, string>): Params {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === 'string' ? substituteTemplates(value, variables) : value,
    ]),
  );
}

/** The port an outcome names, or null when the node has no such port (skip the outcome). */
function portChooser(context: StepContext) {
  const choices = new Set(gatherChoices(context.node.params).map((choice) => choice.digits));
  return (port: string, data: LegEventData): string | null => {
    if (port === '$choice') {
      const digits = data.digits ?? '';
      context.variables.set('digits', digits);
      return digits === '' ? 'no-input' : choices.has(digits) ? digits : 'invalid';
    }
    return context.ports.has(port) ? port : null;
  };
}

function waitOn(context: StepContext, sid: string, spec: WaitSpec, tag?: string) {
  return context.waits.wait(sid, spec, context.signal, portChooser(context), tag);
}

async function answerTrigger(context: StepContext): Promise<StepOutcome> {
  const { node, platform, signal } = context;
  const exophone = String(node.params.exophone ?? '');
  const timeout = new AbortController();
  const onAbort = () => timeout.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  platform.clock
    .sleep(context.incomingTimeoutSeconds * 1000, timeout.signal)
    .then(() => timeout.abort(new IncomingTimeout()))
    .catch(() => {});
  try {
    const event = await platform.incoming.claim(exophone, timeout.signal);
    const data = eventData(event);
    context.bindLeg(node.leg!, data.leg_sid!, data);
    platform.events.assignLeg(data.leg_sid!, context.runId);
    return { port: 'next' };
  } catch (error) {
    if (!(error instanceof IncomingTimeout)) throw error;
    return {
      end: {
        status: 'failed',
        reason: `No call came in to ${exophone} within ${context.incomingTimeoutSeconds} s.`,
      },
    };
  } finally {
    signal.removeEventListener('abort', onAbort);
    timeout.abort(STEP_OVER);
  }
}

class IncomingTimeout extends Error {}

async function dial(context: StepContext): Promise<StepOutcome> {
  const { node, platform } = context;
  const params = filled(node.params, context.variables.all());
  const reference = context.legs.all()[0]?.sid;
  // The platform's answer time-out counts from the dialling.
  const dialledAt = platform.clock.now();
  const request = {
    ...Object.fromEntries(Object.entries(params).filter(([, value]) => value !== '')),
    leg_event_endpoint: platform.eventEndpoint,
    ...(reference ? { reference_leg_sid: reference } : {}),
  } as Parameters<typeof platform.api.createLeg>[0];
  const created = await context.callApi('createLeg', node.leg!, request, () =>
    platform.api.createLeg(request),
  );
  context.bindLeg(node.leg!, created.leg_sid, created as unknown as Record<string, unknown>);
  const wait = waitOn(context, created.leg_sid, context.definition.waitsFor(params)!);
  // The leg's sid comes with the 202, so the wait is registered after it; time it from now.
  wait.startTimer();
  watchRinging(context, created.leg_sid, params, dialledAt, () => wait.deadline);
  platform.events.assignLeg(created.leg_sid, context.runId);
  return { port: (await wait.result).port };
}

async function bridge(context: StepContext): Promise<StepOutcome> {
  const { node, platform } = context;
  const roles = Array.isArray(node.params.legs) ? (node.params.legs as string[]) : [];
  const request = {
    leg_sids: roles.map((role) => context.legs.ofRole(role)?.sid ?? role),
    bridge_event_endpoint: platform.eventEndpoint,
    ...(node.params.absorb_dtmf === true ? { absorb_dtmf: true } : {}),
  };
  const created = await context.callApi('createBridge', roles.join('+'), request, () =>
    platform.api.createBridge(request),
  );
  context.variables.set('bridge.sid', created.bridge_sid);
  const wait = waitOn(context, created.bridge_sid, context.definition.waitsFor(node.params)!);
  wait.startTimer();
  platform.events.assignLeg(created.bridge_sid, context.runId);
  return { port: (await wait.result).port };
}

async function postAction(context: StepContext): Promise<StepOutcome> {
  const { node, platform } = context;
  const name = node.label || context.definition.title;
  if (!node.leg) throw new Error(`"${name}" acts on no leg: choose its leg in the inspector.`);
  const leg = context.legs.ofRole(node.leg);
  if (!leg || leg.state === 'terminal') {
    throw new Error(`The ${node.leg} leg is not on a call, so "${name}" cannot act on it.`);
  }
  const exoml = compileNodeExoml(node, context.variables.all())!;
  const spec = context.definition.waitsFor(node.params);
  const wait = spec ? waitOn(context, leg.sid, spec, context.actionTag) : null;
  if (node.kind === 'gather' && wait) {
    const params = filled(node.params, context.variables.all());
    watchGatherTimeout(context, leg.sid, params, () => wait.deadline);
  }
  const request = { exoml, action_custom_param: context.actionTag };
  if (node.kind === 'hangup') return hangUp(context, leg, request);
  try {
    await context.callApi('legAction', node.leg!, request, () =>
      // Picking up a ringing caller cannot wait behind the account's other throttled requests.
      platform.api.legAction(leg.sid, request, { urgent: node.kind === 'answer' }),
    );
  } catch (error) {
    // The far end may have hung up while the request was on its way, and the platform refuses
    // actions on an ended leg. Then this is a hang-up, not an error: a Hang up node has done its
    // job, any other node hands over to the leg's hang-up handler.
    const ended = await platform.api.getLeg(leg.sid).catch(() => null);
    if (ended?.state === 'terminal') {
      context.legEndedElsewhere(leg.sid, ended.terminal_status ?? 'completed');
    }
    throw error;
  }
  // Timed from the 202, not from node entry: a throttled request (429, retried after
  // Retry-After) must not use up the time the caller has to answer.
  wait?.startTimer();
  return { port: wait ? (await wait.result).port : 'next' };
}

/**
 * A Hang up node: the leg must end, so a Hangup that fails in a way another try may get past (a
 * 500, a dropped connection) is posted again, with back-off, until the platform accepts it or
 * reports the leg ended. A leg that had already ended counts as hung up: the node did its job.
 */
async function hangUp(
  context: StepContext,
  leg: RunLeg,
  request: { exoml: string; action_custom_param: string },
): Promise<StepOutcome> {
  const { platform } = context;
  // Marked before the request: the leg's end may be reported before the reply arrives.
  leg.hungUpByRun = true;
  const poster = {
    clock: platform.clock,
    api: platform.api,
    post: () =>
      context.callApi('legAction', leg.role, request, () =>
        platform.api.legAction(leg.sid, request),
      ),
    signal: context.signal,
  };
  const outcome = await postHangup(poster, leg.sid, platform.clock.now() + HANGUP_BOUND_MS).catch(
    (error: unknown) => {
      // Stopped while backing off: the run's end hangs the leg up now rather than awaits it.
      leg.hungUpByRun = false;
      throw error;
    },
  );
  if (outcome.kind === 'failed') {
    leg.hungUpByRun = false;
    throw outcome.error;
  }
  if (outcome.kind === 'ended') context.legEndedElsewhere(leg.sid, outcome.terminalStatus);
  return { port: 'next' };
}
