import { Agent, METHODS, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentListenerLogger, startListener } from '../../../electron/listener';
import type { LegEventListener } from '../../../electron/listener';
import { startSimulator } from '../../../electron/simulator';
import type { RunningSimulator, SimLogger } from '../../../electron/simulator';
import { compileNodeExoml } from '../../../shared/exoml';
import type { FlowDocument } from '../../../shared/flow';
import {
  anyJson,
  damagedText,
  EXAMPLE_FLOWS,
  jsonText,
  longString,
  mutated,
  oddJson,
  oddString,
  FUZZ_TIMEOUT_MS,
  runs,
} from '../../unit/fuzz/fuzz-inputs';

/**
 * The simulator's HTTP server (the platform's API under /v2 and /v3, the control API under /_sim)
 * takes random methods, paths, headers and bodies: every reply is JSON with a 2xx or 4xx status,
 * never a 500 "Internal error", and the server keeps serving.
 */

const EXOPHONE = '08030752400';
/** The phonebook's interactive number: its calls ring until the control API answers them. */
const VIRTUAL_PHONE = '09876500009';

let sim: RunningSimulator;
let listener: LegEventListener;
let endpoint: string;
let agent: Agent;
/** Legs and bridges that exist, so generated paths can name real ones as well as made-up ones. */
const legSids: string[] = [];
const bridgeSids: string[] = [];
/** What the simulator logged as its own failure: a bug even when the reply looked fine. */
const failures: string[] = [];

const logger: SimLogger = {
  debug() {},
  info() {},
  warn() {},
  error(message, details) {
    failures.push(`${message} ${JSON.stringify(details ?? {})}`);
  },
};

/** A reply as it came off the socket. */
interface Reply {
  status: number;
  type: string;
  body: Buffer;
}

/** Sends one request as a program would (no fetch: any method, any header, any bytes). */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<Reply> {
  const { port } = new URL(sim.baseUrl);
  // Node's client frames a GET's body only when told its length.
  if (body) headers = { ...headers, 'content-length': String(body.length) };
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port: Number(port), method, path, headers, agent, timeout: 10_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            type: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no reply to ${method} ${path}`)));
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function basic(key: string, token: string): string {
  return `Basic ${Buffer.from(`${key}:${token}`).toString('base64')}`;
}

function jsonHeaders(): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: basic(sim.account.key, sim.account.token),
  };
}

beforeAll(async () => {
  agent = new Agent({ keepAlive: true, maxSockets: 4 });
  listener = await startListener(
    { port: 0, reorderWindowMs: 10 },
    { logger: silentListenerLogger },
  );
  endpoint = `grpc://${listener.grpc.address}`;
  sim = await startSimulator({ port: 0, speed: 'instant', rateLimitPerMinute: 0, log: logger });
  // A leg that stays up (the virtual phone rings until told), and one more, for paths to name.
  for (const number of [VIRTUAL_PHONE, VIRTUAL_PHONE]) {
    const reply = await send(
      'POST',
      `/v2/accounts/${sim.account.sid}/legs`,
      jsonHeaders(),
      Buffer.from(
        JSON.stringify({ contact_uri: number, exophone: EXOPHONE, leg_event_endpoint: endpoint }),
      ),
    );
    expect(reply.status).toBe(202);
    legSids.push(JSON.parse(reply.body.toString()).response.data.leg_sid);
  }
});

afterAll(async () => {
  await sim?.close();
  await listener?.close();
  agent?.destroy();
});

/** ExoML as a node posts it, then damaged: cut short, stray bytes, odd text inside. */
const exoml = fc
  .oneof(
    fc.constantFrom(
      ...EXAMPLE_FLOWS.flatMap((flow) =>
        (flow as unknown as FlowDocument).nodes.flatMap((node) => compileNodeExoml(node) ?? []),
      ),
    ),
    oddString,
  )
  .chain((text) => damagedText(fc.constant(text)));

/** A valid body for each kind of request, for `mutated` to break. */
function validBodies() {
  return {
    createLeg: { contact_uri: VIRTUAL_PHONE, exophone: EXOPHONE, leg_event_endpoint: endpoint },
    bridge: { leg_sids: legSids.slice(0, 2), bridge_event_endpoint: endpoint },
    action: { exoml: '<Response><Say>Hello</Say></Response>', action_custom_param: 'x' },
    call: { from: '09999999999', exophone: EXOPHONE, persona: { behaviour: 'answer' } },
    digits: { digits: '12#' },
    advance: { ms: 1500 },
    persona: { persona: { behaviour: 'busy', answerAfter: 1 }, name: 'Busy' },
    exophone: { endpoint },
  };
}

type Segment = { pick: number } | { text: string };

/** A path segment: a real sid (by index, filled in when sent) or odd text. */
const segment: fc.Arbitrary<Segment> = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((pick) => ({ pick })) },
  {
    weight: 2,
    arbitrary: fc
      .oneof(oddString, fc.constantFrom('%', '%zz', '%E0%A4%A', '..', '.'))
      .map((text) => ({ text })),
  },
);

const ROUTES = [
  'POST v2 legs',
  'GET v2 legs/:leg',
  'POST v2 legs/:leg/actions',
  'GET v2 legs/:leg/external_events',
  'GET v2 legs/:leg/external-events',
  'POST v2 bridges',
  'GET v2 bridges/:bridge',
  'PUT v2 bridges/:bridge',
  'POST v2 bridges/:bridge/actions',
  'GET v3 calls/:leg/legs',
  'GET sim ',
  'GET sim legs',
  'GET sim legs/:leg',
  'GET sim parties',
  'POST sim legs/:leg/answer',
  'POST sim legs/:leg/reject',
  'POST sim legs/:leg/hangup',
  'POST sim legs/:leg/digits',
  'POST sim calls',
  'GET sim exophones',
  'PUT sim exophones/:text',
  'GET sim phonebook',
  'PUT sim phonebook/:text',
  'GET sim recordings/:text',
  'GET sim clock',
  'POST sim clock/advance',
  'POST sim clock/next',
] as const;

const BODY_OF: Record<string, keyof ReturnType<typeof validBodies>> = {
  'POST v2 legs': 'createLeg',
  'POST v2 legs/:leg/actions': 'action',
  'POST v2 bridges': 'bridge',
  'POST v2 bridges/:bridge/actions': 'action',
  'POST sim legs/:leg/digits': 'digits',
  'POST sim calls': 'call',
  'PUT sim exophones/:text': 'exophone',
  'PUT sim phonebook/:text': 'persona',
  'POST sim clock/advance': 'advance',
};

/** One generated request, before the sids it names are known. */
interface Plan {
  route: (typeof ROUTES)[number] | { raw: string };
  method: string | null;
  account: Segment;
  id: Segment;
  query: string;
  contentType: string | null;
  auth: 'right' | 'wrong' | 'none' | 'odd';
  origin: string | null;
  extraHeaders: [string, string][];
  body:
    | { kind: 'none' }
    | { kind: 'valid' }
    | { kind: 'mutated'; value: unknown }
    | { kind: 'json'; value: unknown }
    | { kind: 'text'; text: string }
    | { kind: 'exoml'; text: string }
    | { kind: 'bytes'; bytes: Uint8Array };
}

/** What a header value may hold on the wire (Node refuses to send anything else). */
const headerText = oddString.map((text) => text.replace(/[^\t\x20-\x7e]/g, '?'));

const plan: fc.Arbitrary<Plan> = fc.record({
  route: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...ROUTES) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(
          fc.constantFrom('/', '//', '///_sim', '/_sim/', '/_sim//', '/v2', '/v3/', '/%2e%2e/_sim'),
          oddString.map((text) => `/${text}`),
          // Absolute-form, which HTTP/1.1 servers must take.
          oddString.map((text) => `http://127.0.0.1/${text}`),
          fc.constantFrom('http://127.0.0.1/_sim', 'http://x/v2/accounts/a/legs', 'https://h//'),
          // Targets the server's HTTP parser refuses before any handler runs.
          fc.constantFrom('?=', 'x', '*', '%'),
        )
        .map((raw) => ({ raw })),
    },
  ),
  // Usually the route's own method; sometimes any other, or one HTTP does not know (which the
  // server's parser refuses before any handler runs). CONNECT is left out: it asks for a tunnel.
  method: fc.oneof(
    { weight: 5, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS.filter((name) => name !== 'CONNECT')) },
    { weight: 1, arbitrary: fc.constantFrom('A', 'get', 'FETCH', 'X-Y') },
  ),
  account: fc.oneof(
    { weight: 4, arbitrary: fc.constant({ pick: 0 } as Segment) },
    { weight: 1, arbitrary: segment },
  ),
  id: segment,
  query: fc.oneof(
    { weight: 4, arbitrary: fc.constant('') },
    {
      weight: 1,
      arbitrary: fc.constantFrom('?live=true', '?live=false', '?live=', '?live=1&live=2'),
    },
    { weight: 1, arbitrary: oddString.map((text) => `?${encode(text)}=${text}`) },
  ),
  // JSON for the cases meant to get through; the rest are refused (415) or tried anyway.
  contentType: fc.oneof(
    { weight: 6, arbitrary: fc.constant<string | null>('application/json') },
    {
      weight: 2,
      arbitrary: fc.option<string>(
        fc.oneof(
          fc.constantFrom(
            'application/json; charset=utf-8',
            'APPLICATION/JSON',
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'application/jsonx',
            'application/problem+json',
            ';',
            '',
          ),
          headerText,
        ),
      ),
    },
  ),
  auth: fc.constantFrom('right', 'right', 'right', 'wrong', 'none', 'odd'),
  origin: fc.oneof(
    { weight: 9, arbitrary: fc.constant(null) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('http://evil.example', 'null', 'http://127.0.0.1:1', 'file://'),
    },
  ),
  extraHeaders: fc.array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom('x-exotel-request-id', 'accept', 'x-http-method-override', 'cookie'),
        fc.stringMatching(/^x-[a-z0-9-]{1,12}$/),
      ),
      headerText,
    ),
    { maxLength: 2 },
  ),
  body: fc.oneof(
    { weight: 2, arbitrary: fc.constant({ kind: 'none' as const }) },
    { weight: 3, arbitrary: fc.constant({ kind: 'valid' as const }) },
    {
      weight: 5,
      arbitrary: fc.constant(null).map(() => ({ kind: 'mutated' as const, value: null })),
    },
    { weight: 2, arbitrary: anyJson.map((value) => ({ kind: 'json' as const, value })) },
    {
      weight: 1,
      arbitrary: fc
        .oneof(damagedText(oddJson.map(jsonText)), longString)
        .map((text) => ({ kind: 'text' as const, text })),
    },
    { weight: 2, arbitrary: exoml.map((text) => ({ kind: 'exoml' as const, text })) },
    {
      weight: 1,
      arbitrary: fc
        .uint8Array({ maxLength: 64 })
        .map((bytes) => ({ kind: 'bytes' as const, bytes })),
    },
  ),
});

/** The valid body of a plan's route, the one 'mutated' breaks. */
function validFor(route: Plan['route']): unknown {
  return validBodies()[BODY_OF[typeof route === 'string' ? route : ''] ?? 'createLeg'];
}

/** Plans with their 'mutated' bodies drawn: call once the simulator is up (bodies name it). */
function plans(): fc.Arbitrary<Plan> {
  return plan.chain((p) =>
    p.body.kind === 'mutated'
      ? mutated(validFor(p.route)).map((value) => ({
          ...p,
          body: { kind: 'mutated' as const, value },
        }))
      : fc.constant(p),
  );
}

function fill(part: Segment, pool: readonly string[]): string {
  if ('text' in part) return part.text;
  return pool.length === 0 ? 'none' : pool[part.pick % pool.length]!;
}

/** encodeURIComponent, with a lone surrogate sent as a browser sends it (U+FFFD). */
function encode(text: string): string {
  return encodeURIComponent(text.replace(/\p{Surrogate}/gu, '\uFFFD'));
}

/** Node sends only printable ASCII in a path; encode the rest as a browser would. */
function wirePath(path: string): string {
  return path.replace(/[^\x21-\x7e]/gu, encode);
}

function build(p: Plan): {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
} {
  let method: string;
  let path: string;
  if (typeof p.route === 'object') {
    method = p.method ?? 'GET';
    path = p.route.raw;
  } else {
    const [routeMethod, area, rest] = p.route.split(' ') as [string, string, string];
    method = p.method ?? routeMethod;
    const id = rest.includes(':bridge')
      ? fill(p.id, bridgeSids)
      : rest.includes(':leg')
        ? fill(p.id, legSids)
        : fill(p.id, ['09999999999', EXOPHONE, 'x.wav']);
    const tail = rest.replace(/:leg|:bridge|:text/, encode(id));
    if (area === 'sim') path = `/_sim${tail ? `/${tail}` : ''}`;
    else {
      const account = fill(p.account, [sim.account.sid]);
      path = `/${area}/accounts/${encode(account)}/${tail}`;
    }
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of p.extraHeaders) headers[name] = value;
  if (p.contentType !== null) headers['content-type'] = p.contentType;
  if (p.auth === 'right') headers.authorization = basic(sim.account.key, sim.account.token);
  if (p.auth === 'wrong') headers.authorization = basic(sim.account.key, 'wrong');
  if (p.auth === 'odd') headers.authorization = 'Basic %%%';
  if (p.origin !== null) headers.origin = p.origin;
  const valid = validFor(p.route);
  const body =
    p.body.kind === 'none'
      ? undefined
      : p.body.kind === 'valid'
        ? Buffer.from(JSON.stringify(valid))
        : p.body.kind === 'mutated'
          ? Buffer.from(jsonText(p.body.value))
          : p.body.kind === 'json'
            ? Buffer.from(jsonText(p.body.value))
            : p.body.kind === 'exoml'
              ? Buffer.from(JSON.stringify({ exoml: p.body.text }))
              : p.body.kind === 'text'
                ? Buffer.from(p.body.text)
                : Buffer.from(p.body.bytes);
  return { method, path: wirePath(path + p.query), headers, ...(body ? { body } : {}) };
}

/** Remembers the sids a successful create answered with, for later requests to name. */
function remember(reply: Reply): void {
  if (reply.status !== 202 && reply.status !== 200 && reply.status !== 201) return;
  try {
    const data = JSON.parse(reply.body.toString())?.response?.data;
    if (typeof data?.leg_sid === 'string' && !legSids.includes(data.leg_sid))
      legSids.push(data.leg_sid);
    if (typeof data?.bridge_sid === 'string' && !bridgeSids.includes(data.bridge_sid))
      bridgeSids.push(data.bridge_sid);
  } catch {
    // Not every reply carries one.
  }
}

describe('simulator requests (fuzz)', () => {
  it(
    'answers any request with JSON and a 2xx or 4xx, never a 500',
    async () => {
      await fc.assert(
        fc.asyncProperty(plans(), async (p) => {
          failures.length = 0;
          const req = build(p);
          const reply = await send(req.method, req.path, req.headers, req.body);
          const what = `${req.method} ${req.path} ${JSON.stringify(req.headers)} ${req.body?.toString().slice(0, 300) ?? ''}`;
          expect(reply.status, what).not.toBe(500);
          expect(reply.status >= 200 && reply.status < 500, `${what} → ${reply.status}`).toBe(true);
          // 431 is Node's own refusal of headers too large, without a body.
          if (req.method !== 'HEAD' && reply.status !== 431) {
            if (reply.type.startsWith('audio/')) expect(reply.status).toBe(200);
            else {
              const got = `${what}\n→ ${reply.status} ${reply.type} ${reply.body.toString().slice(0, 300)}`;
              expect(reply.type, got).toContain('application/json');
              expect(() => JSON.parse(reply.body.toString()), got).not.toThrow();
            }
          }
          expect(failures, what).toEqual([]);
          remember(reply);
        }),
        { numRuns: runs('io') },
      );
      // Still serving, and still knows its legs.
      const stats = await send('GET', '/_sim', {});
      expect(stats.status).toBe(200);
    },
    FUZZ_TIMEOUT_MS,
  );
});
