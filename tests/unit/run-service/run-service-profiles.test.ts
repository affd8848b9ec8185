import { createServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RunRefusal } from '../../../electron/run-service/run-refusal';
import type { RunService } from '../../../electron/run-service/run-service';
import { example, until } from '../runner/run-helpers';
import { fakeRunService, STAGING } from './fake-targets';

const TOKEN = 'tok-unit-7f3e1d';
const REMINDER = example('appointment-reminder');
const CLICK_TO_CALL = example('click-to-call');
const env = { LEGFLOW_API_TOKEN_STAGING: TOKEN };

/** Starts a run paused before its first node (nothing is dialled), then stops it. */
async function runAndStop(service: RunService, request: Parameters<RunService['start']>[0]) {
  const runId = await service.start({ ...request, startPaused: true });
  await service.get(runId).stop('test over');
  await until('the run to end', () => {
    try {
      service.get(runId);
      return false;
    } catch {
      return true;
    }
  });
  return runId;
}

async function refusal(work: Promise<unknown>): Promise<RunRefusal> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RunRefusal);
  return error as RunRefusal;
}

describe('the run service: which profile a run goes on', () => {
  it('runs on the Simulator by default, at the speed saved in Settings', async () => {
    const { service, opened } = fakeRunService({
      settings: { simulator: { speed: 12 } },
    });
    await runAndStop(service, { flow: REMINDER });
    expect(opened.map((entry) => entry.spec)).toEqual([
      { kind: 'simulator', options: { speed: 12 } },
    ]);
    expect((await service.history())[0]).toMatchObject({ profile: 'Simulator' });
    await service.close();
    expect(opened[0]!.closed).toBe(true);
  });

  it('lets an explicit speed (LEGFLOW_SIM_SPEED, an option) win over the saved one', async () => {
    const { service, opened } = fakeRunService({
      settings: { simulator: { speed: 12 } },
      simSpeed: 50,
    });
    await runAndStop(service, { flow: REMINDER });
    expect(opened[0]!.spec).toEqual({ kind: 'simulator', options: { speed: 50 } });
    await service.close();
  });

  it('reopens the simulator when its saved speed changed, once no run holds it', async () => {
    const { service, opened, settings } = fakeRunService({});
    await runAndStop(service, { flow: REMINDER });
    await runAndStop(service, { flow: REMINDER });
    expect(opened).toHaveLength(1);
    settings.simulator = { speed: 20 };
    const held = await service.start({ flow: REMINDER, startPaused: true });
    expect(opened).toHaveLength(2);
    expect(opened[0]!.closed).toBe(true);
    settings.simulator = { speed: 30 };
    // A run holds the target: the next run shares it rather than pulling it from under it.
    await runAndStop(service, { flow: REMINDER });
    expect(opened).toHaveLength(2);
    await service.get(held).stop('test over');
    await service.close();
  });

  it('runs on a live profile with its token once the numbers are confirmed, and logs its name', async () => {
    const { service, opened } = fakeRunService({ settings: { profiles: [STAGING] }, env });
    await runAndStop(service, {
      flow: REMINDER,
      profile: 'staging',
      confirmedNumbers: ['09163816621'],
    });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.spec).toEqual({ kind: 'live', profile: STAGING, token: TOKEN });
    expect((await service.history())[0]).toMatchObject({
      profile: 'staging',
      flow: 'Appointment reminder',
    });

    // The live target stays open for the next run; the Simulator is opened apart from it.
    await runAndStop(service, { flow: REMINDER });
    await runAndStop(service, {
      flow: REMINDER,
      profile: 'staging',
      confirmedNumbers: ['09163816621'],
    });
    expect(opened.map((entry) => entry.spec.kind)).toEqual(['live', 'simulator']);
    await service.close();
    expect(opened.every((entry) => entry.closed)).toBe(true);
  });

  it('refuses a live run whose numbers were not all confirmed, before opening anything', async () => {
    const { service, opened } = fakeRunService({ settings: { profiles: [STAGING] }, env });
    const none = await refusal(service.start({ flow: REMINDER, profile: 'staging' }));
    expect(none.reason).toBe('not-confirmed');
    expect(none.message).toContain('Not confirmed: 09163816621.');
    const some = await refusal(
      service.start({ flow: CLICK_TO_CALL, profile: 'staging', confirmedNumbers: ['09163816621'] }),
    );
    expect(some.message).toContain('Not confirmed: 09876543210.');
    expect(some.message).not.toContain('09163816621');
    expect(opened).toHaveLength(0);
    await service.close();
  });

  it('refuses an unknown profile and a profile without a token, saying where the token goes', async () => {
    const { service, opened } = fakeRunService({ settings: { profiles: [STAGING] } });
    const confirmed = { confirmedNumbers: ['09163816621'] };
    const unknown = await refusal(service.start({ flow: REMINDER, profile: 'prod', ...confirmed }));
    expect(unknown.reason).toBe('unknown-profile');
    expect(unknown.message).toContain('There is no profile called “prod”');
    const tokenless = await refusal(
      service.start({ flow: REMINDER, profile: 'staging', ...confirmed }),
    );
    expect(tokenless.reason).toBe('no-token');
    expect(tokenless.message).toContain('LEGFLOW_API_TOKEN_STAGING');
    expect(opened).toHaveLength(0);
  });

  it('keeps the token out of the message when a live target cannot open', async () => {
    const { service } = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      failOpen: (spec) =>
        spec.kind === 'live' ? new Error(`listener refused for ${spec.token}`) : undefined,
    });
    const failed = await refusal(
      service.start({ flow: REMINDER, profile: 'staging', confirmedNumbers: ['09163816621'] }),
    );
    expect(failed.reason).toBe('cannot-open');
    expect(failed.message).toBe('“staging” could not be opened: listener refused for ••••');
  });

  it('does not offer the virtual phone on anything but the simulator target', async () => {
    const { service } = fakeRunService({});
    await expect(service.phone()).rejects.toThrow('Simulator profile only');
    await service.close();
  });
});

describe('the run service: planning a run', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('lists the numbers a Simulator run would dial, and opens nothing', async () => {
    const { service, opened } = fakeRunService({});
    expect(await service.plan(CLICK_TO_CALL)).toEqual({
      profile: 'Simulator',
      live: false,
      numbers: [
        { nodeId: 'call-agent', leg: 'agent', number: '09163816621' },
        { nodeId: 'call-customer', leg: 'customer', number: '09876543210' },
      ],
      listener: null,
    });
    expect(opened).toHaveLength(0);
  });

  it('says a live profile has no token as a problem, without opening it', async () => {
    const { service, opened } = fakeRunService({ settings: { profiles: [STAGING] } });
    const plan = await service.plan(REMINDER, 'staging');
    expect(plan).toMatchObject({ profile: 'staging', live: true, listener: null });
    expect(plan.numbers.map((call) => call.number)).toEqual(['09163816621']);
    expect(plan.problem).toContain('LEGFLOW_API_TOKEN_STAGING');
    expect(opened).toHaveLength(0);
    await expect(service.plan(REMINDER, 'prod')).rejects.toThrow('no profile called “prod”');
  });

  it('checks that the event endpoint answers, and says so plainly when it does not', async () => {
    const up = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      eventEndpoint: `grpc://127.0.0.1:${port}`,
    });
    const reachable = await up.service.plan(REMINDER, 'staging');
    expect(reachable.problem).toBeUndefined();
    expect(reachable.listener).toEqual({
      ok: true,
      message: `The event endpoint 127.0.0.1:${port} answers from this machine.`,
    });
    // Planning opened the target (our listener), and the run that follows uses it.
    await runAndStop(up.service, {
      flow: REMINDER,
      profile: 'staging',
      confirmedNumbers: ['09163816621'],
    });
    expect(up.opened).toHaveLength(1);
    await up.service.close();

    const closed = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const free = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(free));
      });
    });
    const down = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      eventEndpoint: `grpcs://127.0.0.1:${closed}`,
    });
    const unreachable = await down.service.plan(REMINDER, 'staging');
    expect(unreachable.listener?.ok).toBe(false);
    expect(unreachable.listener?.message).toContain(`Nothing answers at 127.0.0.1:${closed}`);
    expect(unreachable.problem).toBeUndefined();
    await down.service.close();
  });
});
