import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
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
} from '../../unit/fuzz/fuzz-inputs';
import { startIpcFuzzBackend, TOKEN } from './helpers/ipc-fuzz-backend';
import type { IpcFuzzBackend } from './helpers/ipc-fuzz-backend';
import { expectClearResult } from './helpers/ipc-replies';
import { arrived, keptInside, request } from './helpers/ipc-requests';
import { isEnvelope, nextReply, openSocket } from './helpers/ipc-socket';

/**
 * Browser mode's commands (shared/ipc.ts over the /ipc WebSocket, into the backend's dispatch):
 * any command name and payload ends in a reply the page can show — a result, or an error with a
 * code a UI acts on — never `internal`, which is the backend owning up to a bug.
 */

let fuzz: IpcFuzzBackend;

beforeAll(async () => {
  fuzz = await startIpcFuzzBackend();
});

afterAll(async () => {
  await fuzz?.close();
});

describe('browser-mode commands (fuzz)', () => {
  it(
    'the backend answers any command and payload with a result or a clear error, never internal',
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async ({ command, payload }) => {
          fuzz.bugs.length = 0;
          const result = await fuzz.backend.dispatch(command, arrived(payload, fuzz.base));
          const what = `${command} ${jsonText(payload).slice(0, 600)}`;
          expectClearResult(result, what);
          expect(fuzz.bugs, what).toEqual([]);
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
          fuzz.bugs.length = 0;
          await writeFile(join(fuzz.workspace, 'fuzz-open.legflow.json'), text);
          const result = await fuzz.backend.dispatch('files.open', {
            path: 'fuzz-open.legflow.json',
          });
          const what = text.slice(0, 600);
          expectClearResult(result, what);
          expect(result.ok, what).toBe(true);
          const reply = (result as { value: { status: string; problems?: string[] } }).value;
          if (reply.status === 'unreadable') {
            for (const problem of reply.problems ?? []) expectClearMessage(problem);
          }
          expect(fuzz.bugs, what).toEqual([]);
        }),
        { numRuns: Math.ceil(runs('io') / 3) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );

  it(
    'over the socket, any frame gets a clear reply, or closes that socket with a clear code',
    async () => {
      let socket = await openSocket(fuzz.server, TOKEN);
      const frame = fc.oneof(
        {
          weight: 4,
          arbitrary: request.map(({ command, payload }) => ({
            text: jsonText({
              type: 'request',
              id: 1,
              command,
              payload: keptInside(payload, fuzz.base) ?? null,
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
          fuzz.bugs.length = 0;
          if (socket.readyState !== WebSocket.OPEN) socket = await openSocket(fuzz.server, TOKEN);
          const answer = nextReply(socket);
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
          expect(fuzz.bugs, what).toEqual([]);
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
        await fuzz.backend.dispatch('settings.saveSimulator', { speed: 1_000 }),
        'speed',
      );
      const flow = fc.oneof(
        { weight: 1, arbitrary: fc.constantFrom(...EXAMPLE_FLOWS) },
        { weight: 3, arbitrary: wellFormedOddFlow },
      );
      await fc.assert(
        fc.asyncProperty(flow, async (document) => {
          fuzz.bugs.length = 0;
          const what = jsonText(document).slice(0, 800);
          const started = await fuzz.backend.dispatch(
            'run.start',
            arrived({ flow: document }, fuzz.base),
          );
          expectClearResult(started, what);
          if (!started.ok) return;
          const { runId } = started.value as { runId: string };
          // A flow that waits for a call gets one, to its ExoPhone.
          const nodes = (document as { nodes: { kind: string; params: Record<string, unknown> }[] })
            .nodes;
          const trigger = nodes.find((node) => node.kind === 'incoming-call');
          if (typeof trigger?.params.exophone === 'string') {
            const call = { from: '09876500001', exophone: trigger.params.exophone || 'x' };
            expectClearResult(await fuzz.backend.dispatch('phone.callIn', call), what);
          }
          // Whether it has ended by now depends on the machine, so every run is stopped (a run
          // that has ended answers that clearly too) and its end is waited for either way.
          expectClearResult(await fuzz.backend.dispatch('run.stop', { runId }), what);
          await fuzz.whenFinished(runId);
          const end = fuzz.finished.get(runId)!;
          expect(end.reason, `${what}\n→ ${end.status}: ${end.reason}`).not.toMatch(
            /^Internal error/,
          );
          expectClearMessage(end.reason);
          expect(fuzz.bugs, what).toEqual([]);
        }),
        // Each run starts a simulated call: fewer than elsewhere.
        { numRuns: Math.ceil(runs('heavy') / 2) },
      );
    },
    FUZZ_TIMEOUT_MS,
  );
});
