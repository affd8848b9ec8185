import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createBackend } from '../../../electron/backend';
import type { Backend } from '../../../electron/backend';
import { startWebServer } from '../../../electron/web/web-server';
import type { WebServer } from '../../../electron/web/web-server';
import { COMMAND_NAMES, wireResultSchema } from '../../../shared/ipc';
import type { WireResult } from '../../../shared/ipc';
import {
  anyJson,
  EXAMPLE_FLOWS,
  expectClearMessage,
  flowFileText,
  FUZZ_TIMEOUT_MS,
  jsonText,
  longString,
  mutated,
  oddString,
  runs,
  wellFormedOddFlow,
  wireValue,
} from '../../unit/fuzz/fuzz-inputs';

/**
 * Browser mode's commands (shared/ipc.ts over the /ipc WebSocket, into the backend's dispatch):
 * any command name and payload ends in a reply the page can show — a result, or an error with a
 * code a UI acts on — never `internal`, which is the backend owning up to a bug.
 */

const TOKEN = 'fuzz-suite-token-0123456789';

let base: string;
let workspace: string;
let backend: Backend;
let server: WebServer;
const bugs: unknown[] = [];
/** How each run the fuzz started ended: `finished` updates, by run. */
const finished = new Map<string, { status: string; reason: string }>();
/** Who waits for a run's `finished` update, by run. */
const finishWaiters = new Map<string, () => void>();

/** Resolves once the run's `finished` update has come (the test's own timeout bounds it). */
function whenFinished(runId: string): Promise<void> {
  if (finished.has(runId)) return Promise.resolve();
  return new Promise((resolve) => finishWaiters.set(runId, resolve));
}

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'legflow-fuzz-ipc-'));
  // Nested, so a path that escapes the workspace by a few `..` still lands in this test's folder.
  workspace = join(base, 'a', 'b', 'c', 'workspace');
  await mkdir(workspace, { recursive: true });
  await writeFile(join(base, 'index.html'), '<!doctype html><title>Legflow Studio</title>');
  await writeFile(
    join(workspace, 'ivr.legflow.json'),
    await readFile('assets/examples/ivr-menu.legflow.json', 'utf8'),
  );
  await writeFile(join(workspace, 'broken.legflow.json'), '{"format":"legflow.flow",');
  backend = await createBackend({
    platform: 'web',
    workspaceDir: workspace,
    dataDir: join(base, 'data'),
    // Runs the fuzz starts finish at once rather than ringing on for real seconds.
    simSpeed: 1_000,
    reportBug: (_what, error) => bugs.push(error),
  });
  server = await startWebServer({ port: 0, rootDir: base, backend, token: TOKEN });
  backend.subscribe(({ name, payload }) => {
    const { runId, update } = payload as { runId?: string; update?: { type?: string } };
    if (name === 'run.update' && update?.type === 'finished' && runId !== undefined) {
      finished.set(runId, update as { status: string; reason: string });
      finishWaiters.get(runId)?.();
    }
  });
});

afterAll(async () => {
  await server?.close();
  await backend?.close();
  await rm(base, { recursive: true, force: true });
});

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

/** Keeps a generated path inside this test's folder, whatever it says (the fuzz runs as root). */
function contained(path: unknown): unknown {
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
const request: fc.Arbitrary<{ command: string; payload: unknown }> = fc.oneof(
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

/** The payload as it arrives off the socket: parsed JSON, paths kept in this test's folder. */
function arrived(payload: unknown): unknown {
  return payload === undefined ? undefined : wireValue(keptInside(payload));
}

/** The payload with its `path` kept in this test's folder, deep markers left for jsonText. */
function keptInside(payload: unknown): unknown {
  if (payload !== null && typeof payload === 'object' && 'path' in payload) {
    return { ...payload, path: contained((payload as { path: unknown }).path) };
  }
  return payload;
}

/** A result a page can show: parsed by the contract's schema, and not a bug. */
function expectClearResult(result: WireResult, what: string): void {
  expect(() => wireResultSchema.parse(result), what).not.toThrow();
  if (result.ok) return;
  expect(result.error.code, `${what}\n→ ${JSON.stringify(result.error).slice(0, 600)}`).not.toBe(
    'internal',
  );
  expectClearMessage(result.error.message);
  for (const problem of result.error.problems ?? []) expectClearMessage(problem);
}

/**
 * Whether a frame is a request envelope as shared/ipc/wire.ts describes it, written out here so
 * the test does not take the carrier's word for it.
 */
function isEnvelope(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { type, id, command, ...rest } = value as Record<string, unknown>;
  const extra = Object.keys(rest).filter((key) => key !== 'payload');
  return (
    type === 'request' &&
    Number.isSafeInteger(id) &&
    (id as number) >= 0 &&
    typeof command === 'string' &&
    command.length >= 1 &&
    command.length <= 100 &&
    extra.length === 0
  );
}

/** Opens the socket as the app's own page does. */
function open(): Promise<WebSocket> {
  const origin = new URL(server.url).origin;
  const socket = new WebSocket(`ws://127.0.0.1:${server.port}/ipc?token=${TOKEN}`, {
    headers: { Origin: origin },
  });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** The next message, or the close, whichever comes first. */
function next(socket: WebSocket): Promise<{ message: unknown } | { closed: number }> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as { type: string };
      // Notifications (a run's updates) come and go; the test waits for its reply or the close.
      if (message.type !== 'reply') return;
      socket.off('close', onClose);
      socket.off('message', onMessage);
      resolve({ message });
    };
    const onClose = (code: number) => {
      socket.off('message', onMessage);
      resolve({ closed: code });
    };
    socket.on('message', onMessage);
    socket.once('close', onClose);
  });
}

describe('browser-mode commands (fuzz)', () => {
  it(
    'the backend answers any command and payload with a result or a clear error, never internal',
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async ({ command, payload }) => {
          bugs.length = 0;
          const result = await backend.dispatch(command, arrived(payload));
          const what = `${command} ${jsonText(payload).slice(0, 600)}`;
          expectClearResult(result, what);
          expect(bugs, what).toEqual([]);
        }),
        { numRuns: runs('io') },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'files.open reads any file text as a flow, or says why it cannot, never internal',
    async () => {
      await fc.assert(
        fc.asyncProperty(flowFileText, async (text) => {
          bugs.length = 0;
          await writeFile(join(workspace, 'fuzz-open.legflow.json'), text);
          const result = await backend.dispatch('files.open', { path: 'fuzz-open.legflow.json' });
          const what = text.slice(0, 600);
          expectClearResult(result, what);
          expect(result.ok, what).toBe(true);
          const reply = (result as { value: { status: string; problems?: string[] } }).value;
          if (reply.status === 'unreadable') {
            for (const problem of reply.problems ?? []) expectClearMessage(problem);
          }
          expect(bugs, what).toEqual([]);
        }),
        { numRuns: Math.ceil(runs('io') / 3) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'over the socket, any frame gets a clear reply, or closes that socket with a clear code',
    async () => {
      let socket = await open();
      const frame = fc.oneof(
        {
          weight: 4,
          arbitrary: request.map(({ command, payload }) => ({
            text: jsonText({
              type: 'request',
              id: 1,
              command,
              payload: keptInside(payload) ?? null,
            }),
            envelope: true,
          })),
        },
        {
          weight: 2,
          arbitrary: fc
            .oneof(
              anyJson.map(jsonText),
              mutated({ type: 'request', id: 1, command: 'app.info' }).map(jsonText),
              oddString,
              longString,
            )
            .map((text) => ({ text, envelope: false })),
        },
        { weight: 1, arbitrary: fc.constant({ text: '', envelope: false, binary: true }) },
      );
      await fc.assert(
        fc.asyncProperty(frame, async (f) => {
          bugs.length = 0;
          if (socket.readyState !== WebSocket.OPEN) socket = await open();
          const answer = next(socket);
          if ('binary' in f) socket.send(Buffer.from([1, 2, 3]), { binary: true });
          else socket.send(f.text);
          const got = await answer;
          const what = f.text.slice(0, 600);
          if ('closed' in got) {
            // 1003: not text; 1008: not a request envelope. Never 1011 (the server's own error).
            expect([1003, 1008], what).toContain(got.closed);
            expect(f.envelope, `a valid envelope closed the socket: ${what}`).toBe(false);
          } else {
            expect(isEnvelope(f.text), `a reply to what is not a request: ${what}`).toBe(true);
            expectClearResult((got.message as { result: WireResult }).result, what);
          }
          expect(bugs, what).toEqual([]);
        }),
        // Each case may reconnect, so fewer than in process.
        { numRuns: runs('heavy') * 2 },
      );
      socket.close();
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'any flow the schema takes runs to a clear end, or is refused clearly; never an internal error',
    async () => {
      // The fuzz above may have slowed the simulator down; runs here must end in moments.
      expectClearResult(
        await backend.dispatch('settings.saveSimulator', { speed: 1_000 }),
        'speed',
      );
      const flow = fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom(...EXAMPLE_FLOWS) },
        { weight: 3, arbitrary: wellFormedOddFlow },
      );
      await fc.assert(
        fc.asyncProperty(flow, async (document) => {
          bugs.length = 0;
          const what = jsonText(document).slice(0, 800);
          const started = await backend.dispatch('run.start', arrived({ flow: document }));
          expectClearResult(started, what);
          if (!started.ok) return;
          const { runId } = started.value as { runId: string };
          // A flow that waits for a call gets one, to its ExoPhone.
          const nodes = (document as { nodes: { kind: string; params: Record<string, unknown> }[] })
            .nodes;
          const trigger = nodes.find((node) => node.kind === 'incoming-call');
          if (typeof trigger?.params.exophone === 'string') {
            const call = { from: '09876500001', exophone: trigger.params.exophone || 'x' };
            expectClearResult(await backend.dispatch('phone.callIn', call), what);
          }
          // Whether it has ended by now depends on the machine, so every run is stopped (a run
          // that has ended answers that clearly too) and its end is waited for either way.
          expectClearResult(await backend.dispatch('run.stop', { runId }), what);
          await whenFinished(runId);
          const end = finished.get(runId)!;
          expect(end.reason, `${what}\n→ ${end.status}: ${end.reason}`).not.toMatch(
            /^Internal error/,
          );
          expectClearMessage(end.reason);
          expect(bugs, what).toEqual([]);
        }),
        // Each run starts a simulated call: fewer than elsewhere.
        { numRuns: Math.ceil(runs('heavy') / 2) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
