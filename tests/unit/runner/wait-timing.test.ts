import { describe, expect, it } from 'vitest';
import { definitionOf } from '../../../shared/catalog';
import type { RunUpdate } from '../../../electron/runner';
import { FakePlatform } from './fake-platform';
import { example, ports, startRun, until, drainTurns } from './run-helpers';

const CALLER = '09163816621';
const EXOPHONE = '08030752400';

/** Waits for the Gather's request to be sent (not yet accepted); returns its action tag. */
async function gatherSent(platform: FakePlatform): Promise<string> {
  await until('the gather to be sent', () => platform.posted().some((x) => x.includes('<Gather')));
  const call = platform.calls.find((c) => /<Gather/.test(String(c.body.exoml)))!;
  return String(call.body.action_custom_param);
}

/** Whether the platform has replied 202 to the Gather. */
function gatherAccepted(updates: RunUpdate[]): boolean {
  return updates.some(
    (u) =>
      u.type === 'api' && u.ok && /<Gather/.test(String((u.request as { exoml: string }).exoml)),
  );
}

function leftMenu(updates: RunUpdate[]) {
  return updates.find((u) => u.type === 'node-left' && u.nodeId === 'menu');
}

describe('a wait is timed from the 202, not from node entry', () => {
  it('follows digits pressed 5 s after a Gather that was throttled for 90 s', async () => {
    const platform = new FakePlatform();
    platform.replyDelays.push({ pattern: /<Gather/, ms: 90_000 });
    const { run, updates } = startRun(platform, example('ivr-menu'));
    const leg = platform.callIn(CALLER, EXOPHONE);
    const tag = await gatherSent(platform);
    // 90 s is longer than the Gather's whole time-out: timed from entry, it would be no-input.
    platform.clock.advance(90_000);
    await until('the 202', () => gatherAccepted(updates));
    platform.clock.advance(5_000);
    platform.send(leg, 'gather_success', { digits: '1' }, tag);
    const result = await run.finished;
    expect(ports(updates)).toContain('menu:1');
    expect(result.path).toContain('support');
  });

  it('keeps digits that arrive while the Gather request is still being retried', async () => {
    const platform = new FakePlatform();
    platform.replyDelays.push({ pattern: /<Gather/, ms: 90_000 });
    const { run, updates } = startRun(platform, example('ivr-menu'));
    const leg = platform.callIn(CALLER, EXOPHONE);
    const tag = await gatherSent(platform);
    platform.send(leg, 'gather_success', { digits: '3' }, tag);
    await drainTurns();
    expect(leftMenu(updates)).toBeUndefined();
    platform.clock.advance(90_000);
    const result = await run.finished;
    expect(ports(updates)).toContain('menu:3');
    expect(result.path).toContain('accounts');
  });

  it('times a silent Gather out exactly its time-out after the 202', async () => {
    const platform = new FakePlatform();
    platform.replyDelays.push({ pattern: /<Gather/, ms: 30_000 });
    const flow = example('ivr-menu');
    const menu = flow.nodes.find((n) => n.id === 'menu')!;
    const timeoutMs = definitionOf('gather').waitsFor(menu.params)!.timeoutSeconds * 1000;
    const { run, updates } = startRun(platform, flow);
    platform.callIn(CALLER, EXOPHONE);
    await gatherSent(platform);
    platform.clock.advance(30_000);
    await until('the 202', () => gatherAccepted(updates));
    const acceptedAt = platform.clock.now();
    platform.clock.advance(timeoutMs - 1);
    await drainTurns();
    expect(leftMenu(updates)).toBeUndefined();
    platform.clock.advance(1);
    await until('the menu to time out', () => leftMenu(updates) !== undefined);
    expect(leftMenu(updates)).toMatchObject({ port: 'no-input', at: acceptedAt + timeoutMs });
    expect((await run.finished).path).toContain('no-input');
  });
});
