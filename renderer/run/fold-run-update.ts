import { EVENT } from '../../shared/events';
import type { LegView, RunUpdateMessage, RunView, TimelineEntry } from './run-view';
import { IDLE_RUN } from './run-view';

/**
 * The run's view after one more update. Pure, and the only place updates are interpreted: the
 * live store and replay both fold with it, so they cannot disagree.
 */
export function foldRunUpdate(view: RunView, update: RunUpdateMessage): RunView {
  const next: RunView = {
    ...view,
    count: view.count + 1,
    startedAt: view.startedAt ?? update.at,
    lastAt: update.at,
  };
  switch (update.type) {
    case 'started':
      return { ...next, runId: update.runId, flow: update.flow, phase: 'running' };
    case 'node-entered':
      return {
        ...next,
        phase: next.phase === 'finished' ? 'finished' : 'running',
        paused: null,
        waiting: null,
        current: { nodeId: update.nodeId, leg: update.leg },
        visits: { ...view.visits, [update.nodeId]: (view.visits[update.nodeId] ?? 0) + 1 },
      };
    case 'node-left': {
      const key = `${update.nodeId}:${update.port}`;
      const ports = view.portsTaken[update.nodeId] ?? [];
      return {
        ...next,
        waiting: null,
        taken: { ...view.taken, [key]: (view.taken[key] ?? 0) + 1 },
        portsTaken: ports.includes(update.port)
          ? view.portsTaken
          : { ...view.portsTaken, [update.nodeId]: [...ports, update.port] },
      };
    }
    case 'paused':
      return {
        ...next,
        phase: 'paused',
        paused: { nodeId: update.nodeId, reason: update.reason },
        waiting: null,
        // A run pauses before the node: the cursor stands on it, though it has not run yet.
        current: { nodeId: update.nodeId, leg: view.current?.leg ?? null },
      };
    case 'resumed':
      return { ...next, phase: 'running', paused: null };
    case 'waiting': {
      const { nodeId, leg, kind, until, at } = update;
      return { ...next, waiting: { nodeId, leg, kind, until, at } };
    }
    case 'variables':
      return { ...next, variables: update.variables };
    case 'api':
    case 'event':
      return {
        ...next,
        timeline: [...view.timeline, entryOf(view, update)],
        legs: update.type === 'event' ? foldLeg(view.legs, update) : view.legs,
      };
    case 'finished':
      return {
        ...next,
        phase: 'finished',
        current: null,
        paused: null,
        waiting: null,
        finished: { status: update.status, reason: update.reason },
        legs: finalLegs(view.legs, update.legs, update.at),
      };
  }
}

/** Folds updates from the start: what replay shows at a scrubber position. */
export function foldRunUpdates(updates: readonly RunUpdateMessage[], base = IDLE_RUN): RunView {
  return updates.reduce(foldRunUpdate, base);
}

type ApiOrEvent = Extract<RunUpdateMessage, { type: 'api' | 'event' }>;

function entryOf(view: RunView, update: ApiOrEvent): TimelineEntry {
  const common = { index: view.count, at: update.at, nodeId: view.current?.nodeId ?? null };
  if (update.type === 'api') {
    return {
      ...common,
      kind: 'api',
      // Bridges target `agent+caller`; the timeline files them under the first leg.
      leg: update.target.split('+')[0] ?? null,
      name: update.method,
      ok: update.ok,
      detail: { request: update.request, reply: update.reply },
    };
  }
  return {
    ...common,
    kind: 'event',
    leg: update.leg,
    name: update.name,
    ok: true,
    detail: update.data,
  };
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function foldLeg(legs: RunView['legs'], update: Extract<ApiOrEvent, { type: 'event' }>) {
  if (!update.leg) return legs;
  const before: LegView = legs[update.leg] ?? {
    role: update.leg,
    sid: null,
    state: 'created',
    answeredBy: null,
    terminalStatus: null,
    bridgeSid: null,
    firstAt: update.at,
    lastAt: update.at,
  };
  const data = update.data;
  const leg: LegView = {
    ...before,
    sid: text(data.leg_sid) ?? before.sid,
    state: text(data.state) ?? before.state,
    answeredBy: text(data.answered_by) ?? before.answeredBy,
    terminalStatus: text(data.terminal_status) ?? before.terminalStatus,
    bridgeSid:
      update.name === EVENT.legLeftBridge ? null : (text(data.bridge_sid) ?? before.bridgeSid),
    lastAt: update.at,
  };
  return { ...legs, [update.leg]: leg };
}

function finalLegs(
  legs: RunView['legs'],
  outcomes: Extract<RunUpdateMessage, { type: 'finished' }>['legs'],
  at: number,
): RunView['legs'] {
  const next = { ...legs };
  for (const [role, outcome] of Object.entries(outcomes)) {
    const before = next[role];
    next[role] = {
      role,
      sid: outcome.sid,
      state: outcome.state,
      answeredBy: before?.answeredBy ?? null,
      terminalStatus: outcome.terminal_status ?? before?.terminalStatus ?? null,
      bridgeSid: before?.bridgeSid ?? null,
      firstAt: before?.firstAt ?? at,
      lastAt: before?.lastAt ?? at,
    };
  }
  return next;
}
