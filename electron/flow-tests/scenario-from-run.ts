import { canonicalEventName, EVENT, EVENT_NAMES } from '../../shared/events';
import type { FlowDocument } from '../../shared/flow';
import type { RunUpdate } from '../runner';
import type { Scenario } from '../scenario/scenario-schema';
import type { Persona } from '../simulator';

/** A run that cannot become a test, and why, in words for the person who asked. */
export class RunNotRecordableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunNotRecordableError';
  }
}

/** What a run showed of one leg, by role. */
interface LegSeen {
  number?: string;
  inbound: boolean;
  exophone?: string;
  incomingAt?: number;
  ringingAt?: number;
  answeredAt?: number;
  answeredBy?: string;
  terminalStatus?: string;
  terminalAt?: number;
  /** The run posted a Hangup to this leg before it ended: the far end did not hang up. */
  hungUpByRun: boolean;
  /** The keys pressed at each Gather on this leg, in turn ("" for none). */
  digits: string[];
  /** Keys of the Gather going on, until its node is left. */
  pending?: string;
}

const seconds = (ms: number) => Math.round(ms) / 1000;

function isTerminal(name: string): boolean {
  return EVENT_NAMES[name]?.state === 'terminal';
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Whether an API call posted a Hangup: the run, not the far end, ended that leg. */
function postsHangup(update: Extract<RunUpdate, { type: 'api' }>): boolean {
  const exoml = (update.request as { exoml?: unknown } | null)?.exoml;
  return update.method === 'legAction' && typeof exoml === 'string' && exoml.includes('<Hangup');
}

/** Follows a run's updates and notes, per role, who the party was and what they did. */
function watchLegs(flow: FlowDocument, updates: readonly RunUpdate[]): Map<string, LegSeen> {
  const nodes = new Map(flow.nodes.map((node) => [node.id, node]));
  const legs = new Map<string, LegSeen>();
  const legOf = (role: string) => {
    let leg = legs.get(role);
    if (!leg) legs.set(role, (leg = { inbound: false, hungUpByRun: false, digits: [] }));
    return leg;
  };
  for (const update of updates) {
    if (update.type === 'api' && postsHangup(update)) {
      const leg = legOf(update.target);
      if (leg.terminalAt === undefined) leg.hungUpByRun = true;
    }
    if (update.type === 'node-left' && nodes.get(update.nodeId)?.kind === 'gather') {
      const role = nodes.get(update.nodeId)!.leg;
      if (role) {
        const leg = legOf(role);
        leg.digits.push(leg.pending ?? '');
        leg.pending = undefined;
      }
    }
    if (update.type !== 'event' || update.leg === null) continue;
    const leg = legOf(update.leg);
    const name = canonicalEventName(update.name);
    const data = update.data;
    leg.number ??= text(data.contact_uri);
    if (name === EVENT.incomingLeg) {
      leg.inbound = true;
      leg.incomingAt ??= update.at;
      leg.exophone ??= text(data.exophone);
    } else if (name === EVENT.legRinging) leg.ringingAt ??= update.at;
    else if (name === EVENT.legAnswered) {
      leg.answeredAt ??= update.at;
      leg.answeredBy = text(data.answered_by) ?? leg.answeredBy;
    } else if (name === EVENT.gatherSuccess) leg.pending = String(data.digits ?? '');
    else if (isTerminal(name) && leg.terminalAt === undefined) {
      leg.terminalAt = update.at;
      leg.terminalStatus = text(data.terminal_status);
    }
  }
  return legs;
}

/** What the party on a leg did, as a persona the simulator replays. */
function personaOf(leg: LegSeen): Persona {
  const answered = leg.answeredAt !== undefined;
  const machine = leg.answeredBy === 'MACHINE' || leg.answeredBy === 'BEEP';
  const behaviour: Persona['behaviour'] = leg.inbound
    ? 'answer'
    : answered
      ? machine
        ? 'machine'
        : 'answer'
      : leg.terminalStatus === 'busy'
        ? 'busy'
        : leg.terminalStatus === 'no-answer'
          ? 'no-answer'
          : 'fail';
  const persona: Persona = { behaviour };
  if (!leg.inbound && answered && leg.ringingAt !== undefined) {
    persona.answerAfter = seconds(leg.answeredAt! - leg.ringingAt);
  }
  if (leg.answeredBy === 'BEEP') persona.answeredBy = 'BEEP';
  if (leg.digits.length > 0) persona.digits = leg.digits;
  const hungUp =
    answered && !leg.hungUpByRun && leg.terminalAt !== undefined && !machine
      ? seconds(leg.terminalAt - leg.answeredAt!)
      : 0;
  if (hungUp > 0) persona.hangupAfter = hungUp;
  return persona;
}

/**
 * Turns a finished simulator run (its updates, as the run log keeps them) into a scenario that
 * replays it: the incoming calls (who called which ExoPhone, when), each party's persona (answer
 * delay, busy, no answer, machine, the keys pressed at each Gather, when they hung up) and, as
 * the expectation, the path the run took, its status and each leg's terminal status. A run
 * driven by hand from the virtual phone becomes a scripted one, which runs the same every time.
 */
export function scenarioFromRun(
  flow: FlowDocument,
  updates: readonly RunUpdate[],
  name: string,
): Scenario {
  const finished = updates.findLast((update) => update.type === 'finished');
  if (finished?.type !== 'finished') {
    throw new RunNotRecordableError(
      'This run did not finish, so there is no path to expect; only a finished run can be saved as a test.',
    );
  }
  if (finished.status === 'stopped') {
    throw new RunNotRecordableError(
      'This run was stopped before it ended by itself, so a test could never repeat it; save a run that ends on its own.',
    );
  }
  const startedAt = updates.find((update) => update.type === 'started')?.at ?? updates[0]!.at;
  const parties: Scenario['parties'] = {};
  const incoming: Scenario['incoming'] = [];
  for (const leg of watchLegs(flow, updates).values()) {
    if (leg.number === undefined) continue;
    parties[leg.number] ??= personaOf(leg);
    if (leg.inbound && leg.exophone !== undefined) {
      incoming.push({
        from: leg.number,
        to: leg.exophone,
        after: seconds((leg.incomingAt ?? startedAt) - startedAt),
      });
    }
  }
  const legs = Object.fromEntries(
    Object.entries(finished.legs).flatMap(([role, leg]) =>
      leg.terminal_status ? [[role, leg.terminal_status]] : [],
    ),
  );
  return {
    name,
    parties,
    incoming,
    expect: {
      status: finished.status,
      path: finished.path,
      ...(Object.keys(legs).length > 0 && { legs }),
    },
  };
}
