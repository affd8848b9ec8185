import type { LegEvent } from '../../../shared/events';
import { legEventSchema } from '../../../shared/events';
import { LegsApiError } from '../../../electron/legs-api';
import { IncomingCalls } from '../../../electron/runner';
import type { RunEventSource, RunPlatform } from '../../../electron/runner';
import type { DeliveryInfo, SubscriptionTarget } from '../../../electron/listener';
import { FakeClock } from './fake-clock';

type Handler = (event: LegEvent, info: DeliveryInfo) => void;

/** What a fake party does; every field has a sensible default (answers, presses nothing). */
export interface FakeParty {
  outcome?: 'answer' | 'machine' | 'busy' | 'no-answer' | 'fail' | 'silent';
  /** Keys pressed at each Gather in turn; '' presses nothing. */
  digits?: string[];
  /** Hangs up when an action whose ExoML matches this is posted, instead of completing it. */
  hangupOn?: RegExp;
}

/**
 * A platform in memory for runner unit tests: it records every API call and answers with the
 * events the real platform would send, asynchronously, as the network would.
 */
export class FakePlatform implements RunPlatform {
  readonly clock = new FakeClock();
  readonly eventEndpoint = 'grpc://127.0.0.1:9001';
  readonly calls: { method: string; sid?: string; body: Record<string, unknown> }[] = [];
  readonly parties = new Map<string, FakeParty>();
  /** ExoML patterns the API refuses with a 400. */
  readonly refuse: RegExp[] = [];
  /**
   * Actions whose ExoML matches are accepted only after `ms` of fake-clock time, as when the
   * API client retries a 429 after `Retry-After`.
   */
  readonly replyDelays: { pattern: RegExp; ms: number }[] = [];
  /**
   * Hangups the platform answers with a 500 and does not carry out: the next `count` (every one
   * with Infinity), or only those to the legs of the numbers in `numbers`.
   */
  readonly failHangups = { count: 0, numbers: new Set<string>() };
  /** Numbers whose legs accept a Hangup but never end: the platform keeps them connected. */
  readonly neverEnd = new Set<string>();
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly runOf = new Map<string, string>();
  private readonly partyOfLeg = new Map<string, string>();
  /** Legs whose end the platform knows of, even if the event has not been sent yet. */
  readonly ended = new Map<string, string>();
  private counter = 0;
  readonly events: RunEventSource = {
    subscribe: (target, handler) => {
      const key = this.key(target);
      const set = this.handlers.get(key) ?? new Set();
      set.add(handler);
      this.handlers.set(key, set);
      return () => set.delete(handler);
    },
    assignLeg: (sid, runId) => this.runOf.set(sid, runId),
    releaseRun: () => {},
  };
  readonly incoming = new IncomingCalls(this.events);

  readonly api: RunPlatform['api'] = {
    createLeg: async (params) => {
      this.calls.push({ method: 'createLeg', body: { ...params } });
      const sid = this.newSid();
      this.partyOfLeg.set(sid, params.contact_uri);
      const party = this.parties.get(params.contact_uri) ?? {};
      const outcome = party.outcome ?? 'answer';
      const script: [string, Record<string, unknown>][] = [['leg_ringing', {}]];
      if (outcome === 'answer') script.push(['leg_answered', { answered_by: 'HUMAN' }]);
      if (outcome === 'machine') script.push(['leg_answered', { answered_by: 'MACHINE' }]);
      if (outcome === 'busy' || outcome === 'no-answer' || outcome === 'fail') {
        const status = outcome === 'fail' ? 'failed' : outcome;
        script.push(['leg_terminated', { terminal_status: status }]);
      }
      this.later(() => script.forEach(([name, data]) => this.send(sid, name, data)));
      return { leg_sid: sid, account_sid: 'AC1', contact_uri: params.contact_uri } as never;
    },
    legAction: async (sid, body) => {
      this.calls.push({ method: 'legAction', sid, body: { ...body } });
      const delay = this.replyDelays.find(({ pattern }) => pattern.test(body.exoml));
      if (delay) await this.clock.sleep(delay.ms);
      const number = this.partyOfLeg.get(sid) ?? '';
      if (/<Hangup/.test(body.exoml) && this.failsHangup(number)) {
        throw new LegsApiError('The platform had an internal error (500): Internal error', {
          kind: 'server',
          status: 500,
          retries: 0,
          outcomeUnknown: false,
        });
      }
      if (this.refuse.some((pattern) => pattern.test(body.exoml))) {
        throw new Error('The platform rejected the request (400): invalid ExoML');
      }
      const tag = body.action_custom_param;
      const party = this.parties.get(this.partyOfLeg.get(sid) ?? '') ?? {};
      this.later(() => {
        if (party.hangupOn?.test(body.exoml))
          return this.send(sid, 'leg_terminated', { terminal_status: 'completed' });
        if (/<Hangup/.test(body.exoml) && this.neverEnd.has(number)) return;
        if (/<Hangup/.test(body.exoml))
          return this.send(sid, 'leg_terminated', { terminal_status: 'completed' });
        if (/<Say/.test(body.exoml)) this.send(sid, 'say_completed', {}, tag);
        if (/<StartPlay/.test(body.exoml) && !/<Gather/.test(body.exoml))
          this.send(sid, 'play_completed', {}, tag);
        if (/<Gather/.test(body.exoml)) {
          const digits = party.digits?.shift();
          if (digits !== undefined) this.send(sid, 'gather_success', { digits }, tag);
        }
      });
      return { leg_sid: sid } as never;
    },
    getLeg: async (sid) => {
      this.calls.push({ method: 'getLeg', sid, body: {} });
      const ended = this.ended.get(sid);
      return {
        leg_sid: sid,
        state: ended ? 'terminal' : 'connected',
        ...(ended ? { terminal_status: ended } : {}),
      } as never;
    },
    createBridge: async (body) => {
      this.calls.push({ method: 'createBridge', body: { ...body } });
      const sid = this.newSid();
      this.later(() => this.send(undefined, 'bridge_created', { bridge_sid: sid }));
      return { bridge_sid: sid } as never;
    },
  };

  /** Places a call from `from` to the ExoPhone `to`, as the platform announces it. */
  callIn(from: string, to: string): string {
    const sid = this.newSid();
    this.partyOfLeg.set(sid, from);
    this.send(sid, 'incoming_leg', { contact_uri: from, exophone: to, direction: 'inbound' });
    return sid;
  }

  /** The far end hangs up. */
  hangUp(sid: string, status = 'completed'): void {
    this.send(sid, 'leg_terminated', { terminal_status: status });
  }

  /** The leg sids the runner asked to hang up, in order. */
  hungUp(): string[] {
    return this.calls
      .filter((c) => c.method === 'legAction' && /<Hangup/.test(String(c.body.exoml)))
      .map((c) => c.sid!);
  }

  posted(): string[] {
    return this.calls.filter((c) => c.method === 'legAction').map((c) => String(c.body.exoml));
  }

  send(
    legSid: string | undefined,
    name: string,
    data: Record<string, unknown>,
    tag?: string,
  ): void {
    const event = legEventSchema.parse({
      event_sid: `ev${++this.counter}`,
      event_type: name.startsWith('bridge') ? 'bridge_lifecycle_event' : 'leg_lifecycle_event',
      event_name: name,
      event_timestamp: { seconds: Math.floor(this.clock.now() / 1000), nanos: 0 },
      ...(tag ? { action_custom_parameter: tag } : {}),
      event_data: { data: { ...(legSid ? { leg_sid: legSid } : {}), ...data } },
    });
    const sid = legSid ?? String(data.bridge_sid);
    const runId = this.runOf.get(sid);
    const info: DeliveryInfo = {
      via: 'grpc',
      receivedAt: Date.now(),
      name,
      late: false,
      ...(runId ? { runId } : {}),
    };
    for (const handler of this.handlers.get('all') ?? []) handler(event, info);
    if (runId) for (const handler of this.handlers.get(`run:${runId}`) ?? []) handler(event, info);
  }

  private failsHangup(number: string): boolean {
    if (this.failHangups.numbers.has(number)) return true;
    if (this.failHangups.count <= 0) return false;
    this.failHangups.count--;
    return true;
  }

  private later(work: () => void): void {
    setImmediate(work);
  }

  private newSid(): string {
    return `LEG${String(++this.counter).padStart(24, '0')}00000`;
  }

  private key(target: SubscriptionTarget): string {
    return target === 'all'
      ? 'all'
      : 'runId' in target
        ? `run:${target.runId}`
        : `leg:${target.legSid}`;
  }
}
