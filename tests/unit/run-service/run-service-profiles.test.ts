import { describe, expect, it } from 'vitest';
import { example, until } from '../runner/run-helpers';
import { fakeRunService, STAGING } from './fake-targets';
import { refusal, runAndStop } from './service-helpers';

const TOKEN = 'tok-unit-7f3e1d';
const REMINDER = example('appointment-reminder');
const CLICK_TO_CALL = example('click-to-call');
const env = { LEGFLOW_API_TOKEN_STAGING: TOKEN };

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

  it('keeps the simulator open when its saved speed changes: the speed is set on it in place', async () => {
    const { service, opened, settings } = fakeRunService({});
    await runAndStop(service, { flow: REMINDER });
    settings.simulator = { speed: 20 };
    const held = await service.start({ flow: REMINDER, startPaused: true });
    settings.simulator = { speed: 30 };
    await runAndStop(service, { flow: REMINDER });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.closed).toBe(false);
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

  it('keeps the token out of the message when a live target cannot open, in every form', async () => {
    const basic = Buffer.from(`${STAGING.apiKey}:${TOKEN}`).toString('base64');
    const failures: unknown[] = [
      new Error(`listener refused for ${TOKEN}`),
      new Error(`GET /v1?token=${encodeURIComponent(`${TOKEN}/+`)} failed`),
      new Error(`sent Authorization: Basic ${basic}`),
      // Not an Error at all: libraries throw strings too.
      `bare ${TOKEN}`,
      undefined,
    ];
    const messages: string[] = [];
    for (const [index, failure] of failures.entries()) {
      const token = index === 1 ? `${TOKEN}/+` : TOKEN;
      const { service } = fakeRunService({
        settings: { profiles: [STAGING] },
        env: { LEGFLOW_API_TOKEN_STAGING: token },
        failOpen: (spec) => {
          if (spec.kind === 'live') throw failure;
          return undefined;
        },
      });
      const failed = await refusal(
        service.start({ flow: REMINDER, profile: 'staging', confirmedNumbers: ['09163816621'] }),
      );
      expect(failed.reason).toBe('cannot-open');
      messages.push(failed.message);
    }
    expect(messages).toEqual([
      '“staging” could not be opened: listener refused for [redacted]',
      '“staging” could not be opened: GET /v1?token=[redacted] failed',
      '“staging” could not be opened: sent Authorization: [redacted]',
      '“staging” could not be opened: bare [redacted]',
      '“staging” could not be opened: no reason given',
    ]);
  });
});

describe('the run service: the virtual phone', () => {
  it('is not offered on anything but the simulator target', async () => {
    const { service } = fakeRunService({});
    await expect(service.phone()).rejects.toThrow('Simulator profile only');
    await service.close();
  });

  it('opens the simulator when it is not open, then hands it over as it is', async () => {
    const { service, opened, settings, reads } = fakeRunService({ withPhone: true });
    const phone = await service.phone();
    expect(opened.map((entry) => entry.spec.kind)).toEqual(['simulator']);
    expect(phone).toBe(opened[0]!.target.simulator);
    const readsAfterOpening = reads.count;
    // A new speed is a run's to apply: the phone's calls must not be dropped by a reopen.
    settings.simulator = { speed: 40 };
    for (let i = 0; i < 5; i++) expect(await service.phone()).toBe(phone);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.closed).toBe(false);
    expect(reads.count).toBe(readsAfterOpening);
    await service.close();
  });

  it('does not wait behind a slow live open', async () => {
    let letOpen = () => {};
    let opening = false;
    const slow = new Promise<void>((resolve) => (letOpen = resolve));
    const { service, opened } = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      withPhone: true,
      beforeOpen: (spec) => {
        if (spec.kind !== 'live') return Promise.resolve();
        opening = true;
        return slow;
      },
    });
    const phone = await service.phone();
    const planning = service.plan(REMINDER, 'staging');
    await until('the live open to begin', () => opening);
    const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 500));
    expect(await Promise.race([service.phone(), waited])).toBe(phone);
    expect(opened.map((entry) => entry.spec.kind)).toEqual(['simulator']);
    letOpen();
    await planning;
    await service.close();
  });
});
