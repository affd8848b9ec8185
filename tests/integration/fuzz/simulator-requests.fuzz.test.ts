import { Agent } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentListenerLogger, startListener } from '../../../electron/listener';
import type { LegEventListener } from '../../../electron/listener';
import { startSimulator } from '../../../electron/simulator';
import type { SimLogger } from '../../../electron/simulator';
import { FUZZ_TIMEOUT_MS, runs } from '../../unit/fuzz/fuzz-inputs';
import { basic, rawSender } from './helpers/raw-http';
import type { Send } from './helpers/raw-http';
import { build, remember } from './helpers/simulator-request-build';
import { EXOPHONE, plans, VIRTUAL_PHONE } from './helpers/simulator-request-plans';
import type { SimTarget } from './helpers/simulator-request-plans';

/**
 * The simulator's HTTP server (the platform's API under /v2 and /v3, the control API under /_sim)
 * takes random methods, paths, headers and bodies: every reply is JSON with a 2xx or 4xx status,
 * never a 500 "Internal error", and the server keeps serving.
 */

let target: SimTarget;
let listener: LegEventListener;
let agent: Agent;
let send: Send;
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

function jsonHeaders(): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: basic(target.sim.account.key, target.sim.account.token),
  };
}

beforeAll(async () => {
  agent = new Agent({ keepAlive: true, maxSockets: 4 });
  listener = await startListener(
    { port: 0, reorderWindowMs: 10 },
    { logger: silentListenerLogger },
  );
  const endpoint = `grpc://${listener.grpc.address}`;
  const sim = await startSimulator({
    port: 0,
    speed: 'instant',
    rateLimitPerMinute: 0,
    log: logger,
  });
  target = { sim, endpoint, legSids: [], bridgeSids: [] };
  send = rawSender(sim.baseUrl, agent);
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
    target.legSids.push(JSON.parse(reply.body.toString()).response.data.leg_sid);
  }
});

afterAll(async () => {
  await target?.sim.close();
  await listener?.close();
  agent?.destroy();
});

describe('simulator requests (fuzz)', () => {
  it(
    'answers any request with JSON and a 2xx or 4xx, never a 500',
    async () => {
      await fc.assert(
        fc.asyncProperty(plans(target), async (p) => {
          failures.length = 0;
          const req = build(p, target);
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
          remember(reply, target);
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
