import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentListenerLogger, startListener } from '../../../electron/listener';
import { GrpcSender } from '../../../electron/simulator/delivery/grpc-sender';
import { eventData } from '../../../shared/events';
import type { LegEvent } from '../../../shared/events';
import { waitFor } from '../listener/helpers/wait-for';
import { captureGrpc, captureHttp } from './helpers/capture';
import type { CaptureEndpoint, CapturedEvent } from './helpers/capture';
import { startLegflowSim } from './helpers/legflow-sim';
import type { LegflowSim } from './helpers/legflow-sim';
import {
  ERROR_FIELDS,
  EVENT_TABLE,
  LEG_CONNECTING_EVENT,
  LEG_INCOMING_EVENT,
} from './seed-samples';

/**
 * Issue 16, point 1: where an event's fields live. Seed 001's samples put the leg's fields in a
 * top-level `data`; its table gives `event_data.data` only what the ending adds
 * (`hangup_cause_code`) and `event_data.error` the error. Checked over gRPC and HTTPS.
 */
let sim: LegflowSim;
let grpc: CaptureEndpoint;
let http: CaptureEndpoint;

beforeAll(async () => {
  [sim, grpc, http] = await Promise.all([startLegflowSim(), captureGrpc(), captureHttp()]);
});

afterAll(async () => {
  sim.close();
  await Promise.all([grpc.close(), http.close()]);
});

const typeOf = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);
const types = (object: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(object).map(([key, value]) => [key, typeOf(value)]));

/**
 * Dials the seed's number (answers after 2 s), lets it answer, hangs it up and waits for its
 * `leg_terminated` at `capture`; returns its sid.
 */
async function callAndHangUp(capture: CaptureEndpoint): Promise<string> {
  const legSid = await dialAndHangUp(capture.endpoint);
  await capture.arrived(legSid, 'leg_terminated');
  return legSid;
}

async function dialAndHangUp(endpoint: string): Promise<string> {
  const reply = await sim.createLeg(endpoint, { custom_param: 'MD_LEGS' });
  expect(reply.status).toBe(202);
  const legSid = reply.body.response.data.leg_sid as string;
  await sim.advance(200 + 1_500 + 2_000);
  const hangup = await sim.api('POST', `${sim.v2}/legs/${legSid}/actions`, {
    exoml: '<Flow><Hangup/></Flow>',
  });
  expect(hangup.status).toBe(202);
  return legSid;
}

/** Checks one event against seed 001's table row for its name. */
function checkAgainstTable(event: CapturedEvent) {
  const row = EVENT_TABLE[event.event_name as string]!;
  expect(event.event_type).toBe(row.type);
  for (const [field, allowed] of Object.entries(row.data)) {
    expect(allowed, `${event.event_name} data.${field}`).toContain(event.data[field]);
  }
  const actionData = event.event_data?.data ?? {};
  expect(Object.keys(actionData).sort(), `${event.event_name} event_data.data`).toEqual(
    [...row.actionData].sort(),
  );
  // Nothing of the leg's own is repeated in event_data.data.
  for (const field of Object.keys(LEG_CONNECTING_EVENT.data)) {
    expect(actionData).not.toHaveProperty(field);
  }
  if (event.event_data?.error) {
    expect(row.error).toBe(true);
    expect(Object.keys(event.event_data.error).sort()).toEqual([...ERROR_FIELDS].sort());
  }
}

describe.each([
  ['gRPC', () => grpc],
  ['HTTPS', () => http],
])(
  'events over %s',
  (_, capture) => {
    it("leg_connecting has the seed sample's envelope and data, with no event_data", async () => {
      const legSid = await callAndHangUp(capture());
      const connecting = capture().one(legSid, 'leg_connecting');
      expect(Object.keys(connecting).sort()).toEqual(Object.keys(LEG_CONNECTING_EVENT).sort());
      expect(connecting).not.toHaveProperty('event_data');
      expect(types(connecting.data)).toEqual(types(LEG_CONNECTING_EVENT.data));
      expect(connecting.data).toMatchObject({
        leg_sid: legSid,
        custom_param: 'MD_LEGS',
        direction: 'outbound',
        state: 'connecting',
        dc_code: LEG_CONNECTING_EVENT.data.dc_code,
        nso_code: LEG_CONNECTING_EVENT.data.nso_code,
      });
    });

    it("every lifecycle event fits seed 001's table: state fields in data, the cause in event_data.data", async () => {
      const legSid = await callAndHangUp(capture());
      const events = capture().ofLeg(legSid);
      expect(events.map((event) => event.event_name)).toEqual([
        'leg_connecting',
        'leg_ringing',
        'leg_answered',
        'leg_terminated',
      ]);
      events.forEach(checkAgainstTable);
      const terminated = capture().one(legSid, 'leg_terminated');
      expect(terminated.data).toMatchObject({ state: 'terminal', terminal_status: 'completed' });
      expect(terminated.event_data).toEqual({ data: { hangup_cause_code: 16 } });
      expect(capture().one(legSid, 'leg_answered').data.answered_by).toBe('HUMAN');
    });
  },
  30_000,
);

describe('the HTTPS payload', () => {
  it('writes event_timestamp as an ISO string (2026 HTTPS event page)', async () => {
    const legSid = await callAndHangUp(http);
    for (const event of http.ofLeg(legSid)) {
      expect(event.event_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    }
  });
});

describe("the app's listener", () => {
  it("reads the simulator's events, and the seed's samples, and the old layout alike", async () => {
    const listener = await startListener({ port: 0 }, { logger: silentListenerLogger });
    const heard: LegEvent[] = [];
    listener.subscribe('all', (event) => void heard.push(event));
    const sender = new GrpcSender();
    try {
      const legSid = await dialAndHangUp(`grpc://${listener.grpc.address}`);
      await waitFor('leg_terminated', () => heard.some((e) => e.event_name === 'leg_terminated'));
      const terminated = heard.find((e) => e.event_name === 'leg_terminated')!;
      expect(eventData(terminated)).toMatchObject({
        leg_sid: legSid,
        terminal_status: 'completed',
        hangup_cause_code: 16,
      });
      // The seed's own samples, as the platform would send them.
      await sender.send(listener.grpc.address, false, LEG_INCOMING_EVENT as never);
      await sender.send(listener.grpc.address, false, LEG_CONNECTING_EVENT as never);
      // The layout this app's simulator used before: everything in event_data.data.
      await sender.send(listener.grpc.address, false, {
        ...LEG_CONNECTING_EVENT,
        event_sid: 'OLDLAYOUT0000000000000000000000',
        event_name: 'leg_answered',
        data: undefined,
        event_data: {
          data: { ...LEG_CONNECTING_EVENT.data, state: 'connected', answered_by: 'HUMAN' },
        },
      } as never);
      await waitFor('the three sent events', () => heard.length >= 7);
      const byName = (name: string) => eventData(heard.find((e) => e.event_name === name)!);
      expect(byName('leg_incoming')).toMatchObject({ leg_sid: LEG_INCOMING_EVENT.data.leg_sid });
      expect(
        heard.filter((e) => e.event_name === 'leg_connecting').map((e) => eventData(e).leg_sid),
      ).toContain(LEG_CONNECTING_EVENT.data.leg_sid);
      expect(
        eventData(heard.find((e) => e.event_sid === 'OLDLAYOUT0000000000000000000000')!),
      ).toMatchObject({
        leg_sid: LEG_CONNECTING_EVENT.data.leg_sid,
        answered_by: 'HUMAN',
      });
    } finally {
      sender.close();
      await listener.close();
    }
  });
});
