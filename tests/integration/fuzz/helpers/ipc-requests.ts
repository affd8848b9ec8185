import { join } from 'node:path';
import fc from 'fast-check';
import { COMMAND_NAMES } from '../../../../shared/ipc';
import {
  anyJson,
  EXAMPLE_FLOWS,
  mutated,
  oddString,
  wellFormedOddFlow,
  wireValue,
} from '../../../unit/fuzz/fuzz-inputs';

/**
 * Commands and payloads a page could send browser mode's backend: each command's valid payload,
 * broken or swapped for any JSON, and names that only look like commands.
 */

const FLOW = EXAMPLE_FLOWS[0]!;
const PROFILE = {
  name: 'Fuzz',
  region: 'custom',
  // A closed local port: nothing the fuzz does with this profile reaches a network.
  baseUrl: 'http://127.0.0.1:9',
  accountSid: 'fuzz',
  apiKey: 'key',
  listener: { host: '127.0.0.1', port: 0 },
};
const RUN_ID = 'run-2026-01-01T03-30-00-000Z-e575f9bb';

/** A valid payload for each command, for `mutated` to break; the rest start from `{}`. */
const VALID: Record<string, unknown> = {
  'files.open': { path: 'ivr.legflow.json' },
  'files.save': { path: 'fuzz.legflow.json', flow: FLOW, baseModifiedMs: null, force: true },
  'templates.open': { id: 'ivr-menu' },
  'settings.saveProfile': { profile: PROFILE, token: 'secret-token' },
  'settings.removeProfile': { name: 'Fuzz' },
  'settings.saveSimulator': { speed: 1_000 },
  'autosave.put': { key: 'k1', path: null, flow: FLOW, owner: 'w1', quietAfterMs: 7_000 },
  'autosave.heartbeat': { key: 'k1', owner: 'w1', quietAfterMs: 7_000 },
  'autosave.list': { owner: 'w1' },
  'autosave.discard': { key: 'k1' },
  'run.plan': { flow: FLOW },
  'run.start': { flow: FLOW, breakpoints: [], startPaused: false },
  'run.pause': { runId: RUN_ID },
  'run.step': { runId: RUN_ID },
  'run.continue': { runId: RUN_ID },
  'run.stop': { runId: RUN_ID },
  'run.setBreakpoints': { runId: RUN_ID, nodeIds: ['start'] },
  'history.read': { runId: RUN_ID },
  'phone.listLegs': { live: true },
  'phone.answer': { legSid: 'x' },
  'phone.reject': { legSid: 'x' },
  'phone.hangUp': { legSid: 'x' },
  'phone.pressDigits': { legSid: 'x', digits: '1#' },
  'phone.callIn': { from: '09876500009', exophone: '08030752400' },
  'phone.setAnswering': { number: '09876500009', mode: 'phone' },
};

/**
 * Not sent: `settings.testConnection` dials the profile's Legs API and listener address, and a
 * mutated profile can name any host on the internet; the fuzz stays on this machine.
 */
const SKIPPED = new Set(['settings.testConnection']);
const commands = COMMAND_NAMES.filter((name) => !SKIPPED.has(name));

/** Names that are not commands, or only look like one. */
const oddCommand = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'app',
    'app.',
    '.info',
    'APP.INFO',
    'app.info ',
    'files.open.x',
    'shell.exec',
    'settings.testConnection\u0000',
  ),
  oddString.filter((text) => text.length > 0 && text.length <= 100),
);

/** Keeps a generated path inside `base`, whatever it says (the fuzz runs as root). */
function contained(path: unknown, base: string): unknown {
  if (typeof path !== 'string') return path;
  return path.startsWith('/') || /^[A-Za-z]:/.test(path) ? join(base, 'abs', path) : path;
}

/** Paths that try to leave the workspace, or are odd in other ways. */
const pathEdit = fc.oneof(
  fc.constantFrom(
    '../../outside.legflow.json',
    '../../../../x.legflow.json',
    'sub/../../x.legflow.json',
    'a\u0000b.legflow.json',
    'nested/new.legflow.json',
    'x.json',
    'CON.legflow.json',
    '.legflow.json',
    ' .legflow.json',
    'x'.repeat(300) + '.legflow.json',
  ),
  oddString.map((text) => `${text}.legflow.json`),
  oddString.map((text) => `../${text}/x.legflow.json`),
  fc.constantFrom(
    '/etc/passwd.legflow.json',
    'C:\\x.legflow.json',
    '\\\\host\\share\\x.legflow.json',
  ),
);

/** A command and its payload, as a page could send them. */
export const request: fc.Arbitrary<{ command: string; payload: unknown }> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(...commands).chain((command) =>
      fc
        .oneof(
          { weight: 2, arbitrary: fc.constant(VALID[command]) },
          { weight: 4, arbitrary: mutated(VALID[command] ?? {}) },
          {
            // A flow the schema takes but that is odd inside: for the commands that take one.
            weight: VALID[command] && 'flow' in (VALID[command] as object) ? 3 : 0,
            arbitrary: wellFormedOddFlow.map((flow) => ({ ...(VALID[command] as object), flow })),
          },
          { weight: 2, arbitrary: anyJson },
          {
            // Paths that try to leave the workspace, for the commands that take one.
            weight: VALID[command] && 'path' in (VALID[command] as object) ? 4 : 0,
            arbitrary: pathEdit.map((path) => ({ ...(VALID[command] as object), path })),
          },
        )
        .map((payload) => ({ command, payload })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(oddCommand, anyJson).map(([command, payload]) => ({ command, payload })),
  },
);

/** The payload as it arrives off the socket: parsed JSON, paths kept in `base`. */
export function arrived(payload: unknown, base: string): unknown {
  return payload === undefined ? undefined : wireValue(keptInside(payload, base));
}

/** The payload with its `path` kept in `base`, deep markers left for jsonText. */
export function keptInside(payload: unknown, base: string): unknown {
  if (payload !== null && typeof payload === 'object' && 'path' in payload) {
    return { ...payload, path: contained((payload as { path: unknown }).path, base) };
  }
  return payload;
}
