import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EVENT_DEPTH } from '../../../electron/listener/nesting-limit';
import { legEvent } from './helpers/sample-events';
import { startTestListener } from './helpers/test-listener';
import type { TestListener } from './helpers/test-listener';
import { waitFor } from './helpers/wait-for';

let t: TestListener;
beforeAll(async () => {
  t = await startTestListener({ http: { port: 0 } });
});
afterAll(() => t.close());

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { end: true };
  for (let level = 0; level < depth; level += 1) value = { inner: value };
  return value;
}

function postEvent(body: string, headers: Record<string, string> = {}) {
  return fetch(t.listener.http!.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

describe('events built to hurt', () => {
  it('refuses an event nested thousands of levels deep with a 400, and keeps serving', async () => {
    const event = legEvent('LEG-D2', 'leg_ringing', 0, { extra: '@' });
    // Written out by hand: JSON.stringify itself runs out of stack on 5,000 levels.
    const deep = `${'{"inner":'.repeat(5_000)}true${'}'.repeat(5_000)}`;
    const reply = await postEvent(JSON.stringify(event).replace('"@"', deep));
    expect(reply.status).toBe(400);
    expect(((await reply.json()) as { error: string }).error).toBe(
      `Malformed event: it nests more than ${MAX_EVENT_DEPTH} levels deep.`,
    );
    expect(t.sids()).not.toContain(event.event_sid);
    const good = legEvent('LEG-D2', 'leg_ringing', 10);
    expect((await postEvent(JSON.stringify(good))).status).toBe(200);
    await waitFor('the next good event', () => t.sids().includes(good.event_sid as string));
  });

  it('accepts events as deep as the documented ones, with room to spare', async () => {
    const fine = legEvent('LEG-D3', 'leg_ringing', 0, { extra: nested(MAX_EVENT_DEPTH - 8) });
    expect((await postEvent(JSON.stringify(fine))).status).toBe(200);
  });

  it('refuses an event posted by a web page (it names an Origin)', async () => {
    const event = legEvent('LEG-D4', 'leg_ringing', 0);
    const reply = await postEvent(JSON.stringify(event), { origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(t.sids()).not.toContain(event.event_sid);
  });
});
