import { inspect } from 'node:util';
import { z } from 'zod';
import { LEGS_API } from '../../shared/api/legs-api-paths';
import { requestLine, type RequestLine } from './api-paths';
import { resolveOptions, type LegsApiClientOptions } from './client-options';
import { createHttpTransport } from './http-transport';
import { LegsApiError } from './legs-api-error';
import { v2Data } from './reply-envelope';
import type {
  BridgeActionParams,
  CreateBridgeParams,
  CreateLegParams,
  GetLegEventsOptions,
  GetLegOptions,
  LegActionParams,
} from './request-params';
import {
  actionAcceptedSchema,
  bridgeSchema,
  callLegsResponseSchema,
  createdBridgeSchema,
  createdLegSchema,
  legSchema,
  storedEventsSchema,
  type ActionAccepted,
  type Bridge,
  type CallLegs,
  type CreatedBridge,
  type CreatedLeg,
  type Leg,
  type StoredEvent,
} from './resource-schemas';
import { RateGate } from './rate-gate';
import { Semaphore } from './semaphore';
import { sendRequest } from './send-request';

/** The Legs API of one account. Every method rejects with a LegsApiError only. */
export interface LegsApiClient {
  /** Where v2 requests go, without credentials. */
  readonly baseUrl: string;
  /** Where v3 requests go, without credentials. */
  readonly v3BaseUrl: string;
  readonly accountSid: string;
  /** Dials: `POST /legs`. Creating is asynchronous; the leg's events say how it went. */
  createLeg(params: CreateLegParams): Promise<CreatedLeg>;
  /** `GET /legs/{leg_sid}`; `fields: ['additional_info']` adds bridge, play, gather... status. */
  getLeg(legSid: string, options?: GetLegOptions): Promise<Leg>;
  /**
   * Posts one ExoML action to a leg: `POST /legs/{leg_sid}/actions`. An `urgent` action goes
   * ahead of the account's other throttled requests (picking up a ringing caller, who will not
   * wait long; an answered call waits in silence).
   */
  legAction(
    legSid: string,
    params: LegActionParams,
    options?: { urgent?: boolean },
  ): Promise<ActionAccepted>;
  /** The events the platform stored for a leg, optionally of one name. */
  getLegEvents(legSid: string, options?: GetLegEventsOptions): Promise<StoredEvent[]>;
  /** `POST /bridges`. */
  createBridge(params: CreateBridgeParams): Promise<CreatedBridge>;
  /** `GET /bridges/{bridge_sid}`. */
  getBridge(bridgeSid: string): Promise<Bridge>;
  /** Ends a bridge: `PUT /bridges/{bridge_sid}` with `{"action": "stop"}`. */
  stopBridge(bridgeSid: string): Promise<void>;
  /** Posts ExoML to a bridge: `POST /bridges/{bridge_sid}/actions`. */
  bridgeAction(bridgeSid: string, params: BridgeActionParams): Promise<ActionAccepted>;
  /** The legs of a call, by side (v3): `GET /v3/accounts/{sid}/calls/{call_sid}/legs`. */
  getCallLegs(callSid: string): Promise<CallLegs>;
  /** Closes the client's connections; later calls fail. */
  close(): Promise<void>;
}

/**
 * Creates the client of one profile. It owns one undici Pool per host (closed by `close()`),
 * limits the requests in flight, retries what is safe to retry, and keeps the API token out of
 * every log line, error and `inspect()` of itself.
 */
export function createLegsApiClient(options: LegsApiClientOptions): LegsApiClient {
  const resolved = resolveOptions(options);
  const { accountSid, v2, v3 } = resolved;
  const transport = createHttpTransport({
    timeoutMs: resolved.timeoutMs,
    connections: resolved.maxInFlight,
    dispatcher: resolved.dispatcher,
  });
  const context = {
    ...resolved,
    transport,
    semaphore: new Semaphore(resolved.maxInFlight),
    rateGate: new RateGate(resolved.clock, resolved.paceRequestsPerMinute),
  };
  let closed = false;

  function call<T>(
    line: RequestLine,
    pick: z.ZodType<T>,
    subject: string,
    body?: unknown,
    urgent = false,
  ): Promise<T> {
    if (closed) return Promise.reject(closedError());
    const { origin, prefix } = line.version === 'v3' ? v3 : v2;
    return sendRequest(context, {
      method: line.method,
      origin,
      path: prefix + line.path,
      body,
      pick,
      subject,
      urgent,
    });
  }

  const account = `account ${accountSid}`;
  const leg = (legSid: string) => `leg ${requireSid(legSid, 'leg')}`;
  const bridge = (bridgeSid: string) => `bridge ${requireSid(bridgeSid, 'bridge')}`;
  const onAccount = { accountSid };
  const onLeg = (legSid: string) => ({ accountSid, legSid });
  const onBridge = (bridgeSid: string) => ({ accountSid, bridgeSid });

  const client: LegsApiClient = {
    baseUrl: v2.origin + v2.prefix,
    v3BaseUrl: v3.origin + v3.prefix,
    accountSid,
    createLeg: (params) =>
      call(requestLine(LEGS_API.createLeg, onAccount), v2Data(createdLegSchema), account, params),
    async getLeg(legSid, options = {}) {
      const subject = leg(legSid);
      const fields = options.fields?.join(',');
      const line = requestLine(LEGS_API.getLeg, onLeg(legSid), { fields });
      return call(line, v2Data(legSchema), subject);
    },
    async legAction(legSid, params, options = {}) {
      const subject = leg(legSid);
      const line = requestLine(LEGS_API.legAction, onLeg(legSid));
      const pick = v2Data(actionAcceptedSchema);
      return call(line, pick, subject, params, options.urgent === true);
    },
    async getLegEvents(legSid, options = {}) {
      const subject = leg(legSid);
      const line = requestLine(LEGS_API.legEvents, onLeg(legSid), {
        event_name: options.event_name,
      });
      return call(line, v2Data(storedEventsSchema), subject);
    },
    createBridge: (params) =>
      call(
        requestLine(LEGS_API.createBridge, onAccount),
        v2Data(createdBridgeSchema),
        account,
        params,
      ),
    async getBridge(bridgeSid) {
      const subject = bridge(bridgeSid);
      const line = requestLine(LEGS_API.getBridge, onBridge(bridgeSid));
      return call(line, v2Data(bridgeSchema), subject);
    },
    async stopBridge(bridgeSid) {
      const subject = bridge(bridgeSid);
      const line = requestLine(LEGS_API.stopBridge, onBridge(bridgeSid));
      await call(line, z.unknown(), subject, { action: 'stop' });
    },
    async bridgeAction(bridgeSid, params) {
      const subject = bridge(bridgeSid);
      const line = requestLine(LEGS_API.bridgeAction, onBridge(bridgeSid));
      return call(line, v2Data(actionAcceptedSchema), subject, params);
    },
    async getCallLegs(callSid) {
      const subject = `call ${requireSid(callSid, 'call')}`;
      const line = requestLine(LEGS_API.callLegs, { accountSid, callSid });
      return call(line, callLegsResponseSchema, subject);
    },
    async close() {
      closed = true;
      await transport.close();
    },
  };
  // Nothing secret lives on the object (the token is only in closures), but say so explicitly.
  Object.defineProperty(client, inspect.custom, {
    value: () => `LegsApiClient { baseUrl: '${client.baseUrl}', accountSid: '${accountSid}' }`,
  });
  return client;
}

/** An empty sid would turn `/legs/{sid}/actions` into another endpoint, so it never leaves. */
function requireSid(value: string, what: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new LegsApiError(`No ${what} sid was given, so the request was not sent.`, {
    kind: 'bad-request',
    status: 0,
    retries: 0,
    outcomeUnknown: false,
  });
}

function closedError(): LegsApiError {
  return new LegsApiError('The Legs API client was closed; the request was not sent.', {
    kind: 'network',
    status: 0,
    retries: 0,
    outcomeUnknown: false,
  });
}
