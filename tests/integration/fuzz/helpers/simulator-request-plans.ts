import { METHODS } from 'node:http';
import fc from 'fast-check';
import type { RunningSimulator } from '../../../../electron/simulator';
import { compileNodeExoml } from '../../../../shared/exoml';
import type { FlowDocument } from '../../../../shared/flow';
import {
  anyJson,
  damagedText,
  EXAMPLE_FLOWS,
  jsonText,
  longString,
  mutated,
  oddJson,
  oddString,
} from '../../../unit/fuzz/fuzz-inputs';
import { encode } from './raw-http';

/**
 * Requests for the simulator's HTTP server, as plans: a route (or a raw target), a method,
 * headers and a body, each usually right and sometimes odd. The sids a path names are picked
 * when the request is built (simulator-request-build.ts), from those the simulator has handed out.
 */

export const EXOPHONE = '08030752400';
/** The phonebook's interactive number: its calls ring until the control API answers them. */
export const VIRTUAL_PHONE = '09876500009';

/** The simulator under test and what requests may name in it. */
export interface SimTarget {
  sim: RunningSimulator;
  /** The listener's address, where bodies ask for events to go. */
  endpoint: string;
  /** Legs and bridges that exist, so generated paths can name real ones as well as made-up ones. */
  legSids: string[];
  bridgeSids: string[];
}

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
function validBodies({ endpoint, legSids }: SimTarget) {
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

export type Segment = { pick: number } | { text: string };

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
export interface Plan {
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
export function validFor(route: Plan['route'], target: SimTarget): unknown {
  return validBodies(target)[BODY_OF[typeof route === 'string' ? route : ''] ?? 'createLeg'];
}

/** Plans with their 'mutated' bodies drawn: call once the simulator is up (bodies name it). */
export function plans(target: SimTarget): fc.Arbitrary<Plan> {
  return plan.chain((p) =>
    p.body.kind === 'mutated'
      ? mutated(validFor(p.route, target)).map((value) => ({
          ...p,
          body: { kind: 'mutated' as const, value },
        }))
      : fc.constant(p),
  );
}
