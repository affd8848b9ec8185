import { describe, expect, it } from 'vitest';
import { FakePlatform } from './fake-platform';
import { example, ports, startRun, until } from './run-helpers';

const CALLER = '09163816621';
const EXOPHONE = '08030752400';

describe('a run of the IVR menu', () => {
  it('answers an incoming call, says the menu, follows the digits and hangs up', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['2'] });
    const { run, updates } = startRun(platform, example('ivr-menu'));
    await until('the run to wait for a call', () => updates.some((u) => u.type === 'node-entered'));
    const leg = platform.callIn(CALLER, EXOPHONE);
    const result = await run.finished;
    expect(result.path).toEqual(['start', 'answer', 'welcome', 'menu', 'sales', 'bye']);
    expect(result.status).toBe('completed');
    expect(result.reason).toBe('The flow ended after "Hang up".');
    expect(platform.posted()[0]).toBe('<Flow><Answer/></Flow>');
    expect(platform.hungUp()).toEqual([leg]);
    expect(ports(updates)).toContain('menu:2');
    expect(result.legs).toEqual({
      caller: { sid: leg, state: 'terminal', terminal_status: 'completed' },
    });
    expect(updates.at(-1)).toMatchObject({ type: 'finished', status: 'completed' });
  });

  it.each([
    ['1', 'support'],
    ['3', 'accounts'],
    ['7', 'invalid'],
    ['', 'no-input'],
  ])('keys %j lead to %s', async (digits, node) => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: [digits] });
    const { run } = startRun(platform, example('ivr-menu'));
    platform.callIn(CALLER, EXOPHONE);
    expect((await run.finished).path).toContain(node);
  });

  it('takes no-input when the Gather times out without an event', async () => {
    const platform = new FakePlatform();
    const { run, updates } = startRun(platform, example('ivr-menu'));
    platform.callIn(CALLER, EXOPHONE);
    await until('the menu to be entered', () =>
      updates.some((u) => u.type === 'node-entered' && u.nodeId === 'menu'),
    );
    await until('the gather to be posted', () =>
      platform.posted().some((x) => x.includes('<Gather')),
    );
    platform.clock.advance(40_000);
    expect((await run.finished).path).toContain('no-input');
  });

  it('goes to the hang-up handler when the caller hangs up mid-Say', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { hangupOn: /<Say/ });
    const { run } = startRun(platform, example('ivr-menu'));
    platform.callIn(CALLER, EXOPHONE);
    const result = await run.finished;
    expect(result.path).toEqual(['start', 'answer', 'welcome', 'caller-left']);
    expect(result.reason).toBe('The caller hung up');
    expect(platform.hungUp()).toEqual([]);
  });

  it('substitutes templates in what it posts', async () => {
    const platform = new FakePlatform();
    const flow = example('ivr-menu');
    flow.nodes.find((n) => n.id === 'welcome')!.params.text =
      'You called from {{caller.contact_uri}} & {{nothing}}.';
    platform.parties.set(CALLER, { digits: ['2'] });
    const { run } = startRun(platform, flow);
    platform.callIn(CALLER, EXOPHONE);
    await run.finished;
    expect(platform.posted()).toContainEqual(
      expect.stringContaining(`>You called from ${CALLER} &amp; .</Say>`),
    );
  });
});

describe('outbound calls', () => {
  it.each([
    ['busy', 'unreached', 'busy'],
    ['no-answer', 'unreached', 'no-answer'],
    ['fail', 'unreached', 'failed'],
    ['machine', 'voicemail', 'machine'],
  ] as const)('a party that is %s leaves by the right port', async (outcome, node, port) => {
    const platform = new FakePlatform();
    platform.parties.set('09163816621', { outcome });
    const { run, updates } = startRun(platform, example('appointment-reminder'));
    const result = await run.finished;
    expect(ports(updates)[0]).toBe(`dial:${port}`);
    expect(result.path).toContain(node);
  });

  it('fails the run with the end node status and reason', async () => {
    const platform = new FakePlatform();
    platform.parties.set('09163816621', { outcome: 'busy' });
    const { run } = startRun(platform, example('appointment-reminder'));
    expect(await run.finished).toMatchObject({
      status: 'failed',
      reason: 'The patient could not be reached',
    });
  });

  it('creates the second leg next to the first and bridges them', async () => {
    const platform = new FakePlatform();
    platform.parties.set('09163816621', {});
    const { run, updates } = startRun(platform, example('click-to-call'));
    await until('the bridge', () => platform.calls.some((c) => c.method === 'createBridge'));
    const [agent, customer] = platform.calls.filter((c) => c.method === 'createLeg');
    expect(agent!.body.leg_event_endpoint).toBe('grpc://127.0.0.1:9001');
    expect(customer!.body.reference_leg_sid).toMatch(/^LEG/);
    expect(platform.calls.find((c) => c.method === 'createBridge')!.body.leg_sids).toHaveLength(2);
    await until('the bridge to hold', () => ports(updates).includes('connect:next'));
    const customerEvent = updates.find((u) => u.type === 'event' && u.leg === 'customer');
    platform.hangUp(String(customerEvent?.type === 'event' ? customerEvent.data.leg_sid : ''));
    const result = await run.finished;
    expect(result.path.slice(-3)).toEqual(['connect', 'agent-bye', 'done']);
    expect(result.status).toBe('completed');
  });
});

describe('errors and guards', () => {
  it('treats an action refused because the caller just hung up as the hang-up it is', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['2'] });
    // The caller hangs up as the sales message is sent; the event is late, the action refused.
    platform.refuse.push(/Our sales team/);
    const { run } = startRun(platform, example('ivr-menu'));
    const leg = platform.callIn(CALLER, EXOPHONE);
    platform.ended.set(leg, 'completed');
    const result = await run.finished;
    expect(result.path.slice(-2)).toEqual(['sales', 'caller-left']);
    expect(result.status).toBe('completed');
  });

  it('counts a Hang up refused because the leg had already ended as done', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['2'] });
    platform.refuse.push(/<Hangup/);
    const { run } = startRun(platform, example('ivr-menu'));
    const leg = platform.callIn(CALLER, EXOPHONE);
    platform.ended.set(leg, 'completed');
    const result = await run.finished;
    expect(result).toMatchObject({
      status: 'completed',
      reason: 'The flow ended after "Hang up".',
    });
    expect(result.legs.caller).toMatchObject({ state: 'terminal', terminal_status: 'completed' });
  });

  it('leaves by error when the API refuses, and fails when error leads nowhere', async () => {
    const platform = new FakePlatform();
    platform.refuse.push(/<Say/);
    const { run } = startRun(platform, example('ivr-menu'));
    platform.callIn(CALLER, EXOPHONE);
    const result = await run.finished;
    expect(result.status).toBe('failed');
    expect(result.reason).toBe(
      '"Welcome" failed: The platform rejected the request (400): invalid ExoML',
    );
  });

  it('ends with the leg status when a leg hangs up and there is no handler', async () => {
    const platform = new FakePlatform();
    const flow = example('ivr-menu');
    flow.edges = flow.edges.filter((edge) => edge.port !== 'hung-up');
    platform.parties.set(CALLER, { hangupOn: /<Gather/ });
    const { run } = startRun(platform, flow);
    platform.callIn(CALLER, EXOPHONE);
    expect(await run.finished).toMatchObject({
      status: 'completed',
      reason: 'Caller hung up (completed).',
    });
  });

  it('stops a loop that reaches nothing new after 10 visits', async () => {
    const platform = new FakePlatform();
    const flow = example('ivr-menu');
    flow.edges.find((edge) => edge.from === 'menu' && edge.port === 'no-input')!.to = 'menu';
    platform.parties.set(CALLER, { digits: Array(20).fill('') });
    const { run } = startRun(platform, flow);
    platform.callIn(CALLER, EXOPHONE);
    const result = await run.finished;
    expect(result.status).toBe('failed');
    expect(result.reason).toBe(
      'The run stopped: "Main menu" was visited 10 times round a loop that reaches nothing new.',
    );
    expect(platform.hungUp()).toHaveLength(1);
  });

  it('stops after the step limit', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['2'] });
    const { run } = startRun(platform, example('ivr-menu'), { maxSteps: 3 });
    platform.callIn(CALLER, EXOPHONE);
    expect(await run.finished).toMatchObject({
      status: 'failed',
      reason: 'The run stopped after 3 steps, the most one run may take.',
    });
  });

  it('fails when no call comes in', async () => {
    const platform = new FakePlatform();
    const { run, updates } = startRun(platform, example('ivr-menu'), {
      incomingTimeoutSeconds: 30,
    });
    await until('the trigger', () => updates.some((u) => u.type === 'node-entered'));
    platform.clock.advance(30_000);
    expect(await run.finished).toMatchObject({
      status: 'failed',
      reason: 'No call came in to 08030752400 within 30 s.',
    });
  });
});

describe('debugging', () => {
  it('pauses before a breakpoint, steps one node, continues, and holds the call meanwhile', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['2'] });
    const { run, updates } = startRun(platform, example('ivr-menu'), { breakpoints: ['menu'] });
    platform.callIn(CALLER, EXOPHONE);
    await until('the pause at menu', () => run.pausedAt === 'menu');
    expect(updates.at(-1)).toMatchObject({ type: 'paused', nodeId: 'menu', reason: 'breakpoint' });
    expect(platform.hungUp()).toEqual([]);
    run.step();
    await until('the pause after one step', () => run.pausedAt === 'sales');
    expect(updates.findLast((u) => u.type === 'paused')).toMatchObject({
      nodeId: 'sales',
      reason: 'step',
    });
    run.continue();
    expect((await run.finished).status).toBe('completed');
  });

  it('starts paused, and a breakpoint set while running takes effect', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['3'] });
    const { run } = startRun(platform, example('ivr-menu'), { startPaused: true });
    await until('the pause at the start', () => run.pausedAt === 'start');
    run.setBreakpoints(['accounts']);
    run.continue();
    platform.callIn(CALLER, EXOPHONE);
    await until('the pause at accounts', () => run.pausedAt === 'accounts');
    run.continue();
    expect((await run.finished).path).toContain('accounts');
  });

  it('pauses on request and stops, hanging up every leg', async () => {
    const platform = new FakePlatform();
    platform.parties.set(CALLER, { digits: ['2'] });
    const { run } = startRun(platform, example('ivr-menu'));
    run.pause();
    const leg = platform.callIn(CALLER, EXOPHONE);
    await until('the pause', () => run.pausedAt !== null);
    const result = await run.stop('Stopped by the tester.');
    expect(result).toMatchObject({ status: 'stopped', reason: 'Stopped by the tester.' });
    expect(platform.hungUp()).toEqual([leg]);
  });
});
