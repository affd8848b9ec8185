import { EVENT, eventData, nextLegState } from '../../shared/events';
import type { LegEvent, LegState } from '../../shared/events';

/** One leg of a run: the role it plays, its sid, and what the events have said about it. */
export interface RunLeg {
  role: string;
  sid: string;
  state: LegState;
  /** The leg's fields from its events (contact_uri, answered_by, terminal_status...). */
  fields: Record<string, string>;
  /** True once the flow itself hung this leg up, so its end is not a surprise. */
  hungUpByRun: boolean;
}

/** The legs of one run by role and by sid, kept up to date from their events. */
export class RunLegs {
  private readonly byRole = new Map<string, RunLeg>();
  private readonly bySid = new Map<string, RunLeg>();

  bind(role: string, sid: string, fields: Record<string, unknown> = {}): RunLeg {
    const leg: RunLeg = { role, sid, state: 'created', fields: {}, hungUpByRun: false };
    mergeFields(leg, { ...fields, leg_sid: sid });
    this.byRole.set(role, leg);
    this.bySid.set(sid, leg);
    return leg;
  }

  ofRole(role: string): RunLeg | undefined {
    return this.byRole.get(role);
  }

  ofSid(sid: string): RunLeg | undefined {
    return this.bySid.get(sid);
  }

  /**
   * Legs that have not ended: the ones to hang up when the run stops. By sid, not by role: a
   * role dialled again (after `machine`, say) leaves its earlier leg here too, still to hang up.
   */
  live(): RunLeg[] {
    return [...this.bySid.values()].filter((leg) => leg.state !== 'terminal');
  }

  all(): RunLeg[] {
    return [...this.byRole.values()];
  }

  /**
   * Applies an event to its leg. Returns the leg and whether this event ended it, or undefined
   * for events of legs that are not this run's.
   */
  apply(event: LegEvent, name: string): { leg: RunLeg; ended: boolean } | undefined {
    const data = eventData(event);
    const leg = data.leg_sid === undefined ? undefined : this.bySid.get(data.leg_sid);
    if (!leg) return undefined;
    const before = leg.state;
    leg.state = nextLegState(leg.state, name);
    mergeFields(leg, data);
    if (
      leg.state === 'terminal' &&
      !leg.fields.terminal_status &&
      name === EVENT.legFailedToCreate
    ) {
      leg.fields.terminal_status = 'failed';
    }
    return { leg, ended: before !== 'terminal' && leg.state === 'terminal' };
  }
}

function mergeFields(leg: RunLeg, data: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      leg.fields[name] = String(value);
    }
  }
}
