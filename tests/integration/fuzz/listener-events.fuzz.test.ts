import { Agent } from 'node:http';
import { status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatEventJson, formatEventLine } from '../../../electron/cli/commands/format-event';
import { CALLBACK_METHOD, findProtoFile, loadCallbackService } from '../../../electron/listener';
import { legEvent, newEventSid } from '../listener/helpers/sample-events';
import { startTestListener } from '../listener/helpers/test-listener';
import type { TestListener } from '../listener/helpers/test-listener';
import { waitFor } from '../listener/helpers/wait-for';
import { rawSender } from './helpers/raw-http';
import type { Send } from './helpers/raw-http';
import {
  anyJson,
  damagedText,
  deepJson,
  expectClearMessage,
  jsonText,
  longString,
  mutated,
  oddJson,
  oddNumber,
  oddString,
  FUZZ_TIMEOUT_MS,
  runs,
} from '../../unit/fuzz/fuzz-inputs';

/**
 * The event listener takes any bytes over gRPC and any body over HTTP: a bad event is refused
 * (INVALID_ARGUMENT, 400) with a message that names the problem, a good one is acknowledged and
 * delivered, and every acknowledged event can be printed by `legflow listen`. It keeps serving.
 */

let t: TestListener;
let agent: Agent;
/** Event sids acknowledged as new: each must reach the subscribers. */
const acknowledged = new Set<string>();

/** Raw requests to the listener's HTTPS-delivery port. */
let send: Send;

beforeAll(async () => {
  t = await startTestListener({ http: { port: 0 } });
  agent = new Agent({ keepAlive: true, maxSockets: 4 });
  send = rawSender(`http://127.0.0.1:${t.listener.http?.port ?? 0}`, agent);
});

afterAll(async () => {
  await t?.close();
  agent?.destroy();
});

/** A sample event with a fresh sid each time, so a valid one is new, not a repeat. */
const sample = fc
  .constantFrom('leg_ringing', 'leg_answered', 'gather_success', 'leg_terminal', 'bridge_started')
  .map((name) => legEvent(`LEG-FUZZ-${name}`, name, 0, { digits: '12' }));

/** Odd values in the fields the schema reads: wrong types, huge times, control characters. */
const oddFields = fc.record(
  {
    event_sid: fc.oneof(oddString, oddNumber),
    event_name: fc.oneof(oddString, fc.constant('\u001b]0;pwned\u0007leg_answered')),
    event_type: oddString,
    event_timestamp: fc.oneof(
      fc.record({ seconds: fc.oneof(oddNumber, oddString), nanos: oddNumber }),
      oddString,
      fc.constantFrom('2023-06-05T12:08:45Z', '+275760-09-13T00:00:00.000Z', '0', 'now'),
    ),
    data: fc.oneof(oddJson, fc.record({ leg_sid: oddString, state: oddString })),
  },
  { requiredKeys: [] },
);

/** A body for the HTTP endpoint: near-valid events, odd JSON, deep JSON, broken text. */
const httpBody: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(sample, oddFields)
      .map(([event, odd]) =>
        jsonText({ ...event, ...odd, event_sid: odd.event_sid ?? newEventSid() }),
      ),
  },
  { weight: 3, arbitrary: sample.chain((event) => mutated(event)).map(jsonText) },
  { weight: 1, arbitrary: sample.map((event) => jsonText({ ...event, event_sid: newEventSid() })) },
  {
    // A valid event with a field nested thousands of levels deep, where extra fields pass through.
    weight: 1,
    arbitrary: fc.tuple(sample, deepJson).map(([event, deep]) => {
      const { data } = (event.event_data ?? {}) as { data?: Record<string, unknown> };
      return jsonText({
        ...event,
        event_sid: newEventSid(),
        event_data: { data: { ...data, extra: deep } },
      });
    }),
  },
  { weight: 2, arbitrary: anyJson.map(jsonText) },
  { weight: 1, arbitrary: damagedText(sample.map(jsonText)) },
  { weight: 1, arbitrary: fc.oneof(longString, fc.string({ unit: 'binary', maxLength: 100 })) },
);

/** What a header value may hold on the wire (Node refuses to send anything else). */
const headerText = oddString.map((text) => text.replace(/[^\t\x20-\x7e]/g, '?'));

const httpRequest = fc.record({
  body: httpBody,
  method: fc.oneof(
    { weight: 8, arbitrary: fc.constant('POST') },
    { weight: 1, arbitrary: fc.constantFrom('GET', 'PUT', 'DELETE', 'OPTIONS', 'HEAD') },
  ),
  contentType: fc.oneof(
    { weight: 6, arbitrary: fc.constant('application/json') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('text/plain', '', 'application/x-www-form-urlencoded'),
    },
  ),
  headerSid: fc.option(fc.oneof(headerText, fc.constant('SAME')), { freq: 4 }),
  requestId: fc.option(headerText, { freq: 4 }),
  origin: fc.oneof(
    { weight: 9, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom('http://evil.example', 'null') },
  ),
  path: fc.constantFrom('/', '/exotel/events', '/a/b?c=d', '//'),
});

interface HttpReply {
  status: number;
  type: string;
  text: string;
}

async function post(
  method: string,
  path: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<HttpReply> {
  const reply = await send(method, path, headers, body);
  return { status: reply.status, type: reply.type, text: reply.body.toString('utf8') };
}

/** gRPC's encoder for the event message, and the bytes of a valid event to cut and bend. */
const method = loadCallbackService(findProtoFile()).definition[CALLBACK_METHOD]!;

/** Bytes for `TriggerCallbackEvent`: near-valid events encoded, encodings cut or bent, noise. */
const grpcBytes: fc.Arbitrary<Buffer | null> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(sample, oddFields).map(([event, odd]) => {
      try {
        return method.requestSerialize({
          ...event,
          ...odd,
          event_sid: String(odd.event_sid ?? newEventSid()),
        });
      } catch {
        return null; // The client itself cannot encode it: nothing reaches the listener.
      }
    }),
  },
  {
    weight: 2,
    arbitrary: fc.tuple(sample, fc.nat(), fc.nat(255)).map(([event, at, byte]) => {
      const bytes = Buffer.from(method.requestSerialize({ ...event, event_sid: newEventSid() }));
      const cut = bytes.subarray(0, at % (bytes.length + 1));
      return at % 2 === 0
        ? cut
        : Buffer.concat([cut, Buffer.from([byte]), bytes.subarray(cut.length + 1)]);
    }),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
  {
    weight: 1,
    arbitrary: sample.map((event) =>
      method.requestSerialize({ ...event, event_sid: newEventSid() }),
    ),
  },
);

/** Checks `legflow listen` can print an event the listener took, both ways, safely. */
function expectPrintable(sid: string): void {
  const got = t.received.find(({ event }) => event.event_sid === sid);
  if (!got) return;
  const line = formatEventLine(got.event, got.info);
  // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
  expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  expect(() => JSON.parse(formatEventJson(got.event, got.info))).not.toThrow();
}

async function stillServing(): Promise<void> {
  const good = legEvent('LEG-FUZZ-OK', 'leg_ringing', Math.floor(Math.random() * 1000));
  await t.client.send(good);
  await waitFor('a good event after the fuzz', () => t.sids().includes(good.event_sid as string));
}

describe('listener events (fuzz)', () => {
  it(
    'over HTTP: any request is acknowledged, or refused with a clear 4xx',
    async () => {
      await fc.assert(
        fc.asyncProperty(httpRequest, async (r) => {
          const headers: Record<string, string> = { 'content-type': r.contentType };
          if (r.headerSid !== null) {
            let sid = r.headerSid;
            if (sid === 'SAME') {
              try {
                const inBody = (JSON.parse(r.body) as { event_sid?: unknown }).event_sid;
                sid = typeof inBody === 'string' ? inBody : 'none';
              } catch {
                sid = 'none';
              }
            }
            headers['x-exotel-event-sid'] = sid.replace(/[^\t\x20-\x7e]/g, '?');
          }
          if (r.requestId !== null) headers['x-exotel-request-id'] = r.requestId;
          if (r.origin !== undefined) headers.origin = r.origin;
          const reply = await post(r.method, r.path, headers, Buffer.from(r.body));
          const what = `${r.method} ${r.path} ${JSON.stringify(headers)} ${r.body.slice(0, 300)}\n→ ${reply.status} ${reply.text.slice(0, 300)}`;
          // 431: headers too large for Node's parser (a 100 000-character X-Exotel-Event-Sid).
          expect([200, 400, 403, 405, 413, 431], what).toContain(reply.status);
          if (r.method === 'HEAD' || reply.status === 431) return;
          expect(reply.type, what).toContain('application/json');
          const body = JSON.parse(reply.text) as {
            error?: string;
            event_sid?: string;
            duplicate?: boolean;
          };
          if (reply.status === 200) {
            if (!body.duplicate) acknowledged.add(String(body.event_sid));
          } else expectClearMessage(body.error);
        }),
        { numRuns: runs('io') },
      );
      await stillServing();
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'over gRPC: any bytes are acknowledged, or refused with INVALID_ARGUMENT',
    async () => {
      await fc.assert(
        fc.asyncProperty(grpcBytes, async (bytes) => {
          if (bytes === null) return;
          const outcome = await t.client.sendBytes(bytes).then(
            (reply) => reply,
            (error: ServiceError) => error,
          );
          const what = bytes.toString('hex').slice(0, 600);
          if (outcome instanceof Error) {
            expect(outcome.code, `${what}: ${outcome.message}`).toBe(status.INVALID_ARGUMENT);
            expect(outcome.details, what).toMatch(/^Malformed event: /);
            expectClearMessage(outcome.details);
          } else if (!outcome.duplicate) acknowledged.add(String(outcome.event_sid));
        }),
        { numRuns: runs('io') },
      );
      await stillServing();
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'delivers every event it acknowledged, and each prints safely',
    async () => {
      expect(acknowledged.size).toBeGreaterThan(0);
      await waitFor('every acknowledged event', () =>
        [...acknowledged].every((sid) => t.sids().includes(sid)),
      );
      for (const sid of acknowledged) expectPrintable(sid);
    },
    FUZZ_TIMEOUT_MS,
  );
});
