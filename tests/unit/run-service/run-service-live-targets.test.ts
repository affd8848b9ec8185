import { describe, expect, it } from 'vitest';
import { example, until } from '../runner/run-helpers';
import { fakeRunService, STAGING } from './fake-targets';
import { runAndStop } from './service-helpers';

const REMINDER = example('appointment-reminder');
const env = { LEGFLOW_API_TOKEN_STAGING: 'tok-unit-targets-5e1b', LEGFLOW_API_TOKEN_STAGING2: 'x' };
const confirmed = { confirmedNumbers: ['09163816621'] };

describe('the run service: when a live target (and its listener port) is let go', () => {
  it('keeps the target while a run holds it, and closes it once the last run ends', async () => {
    const { service, opened } = fakeRunService({ settings: { profiles: [STAGING] }, env });
    const first = await service.start({
      flow: REMINDER,
      profile: 'staging',
      startPaused: true,
      ...confirmed,
    });
    // A plan and a second run meanwhile share the open target.
    expect((await service.plan(REMINDER, 'staging')).problem).toBeUndefined();
    await runAndStop(service, { flow: REMINDER, profile: 'staging', ...confirmed });
    expect(opened).toHaveLength(1);
    expect(opened[0]!.closed).toBe(false);

    await service.get(first).stop('test over');
    await until('the idle target to close', () => opened[0]!.closed);
    // The next run opens it afresh.
    await runAndStop(service, { flow: REMINDER, profile: 'staging', ...confirmed });
    expect(opened).toHaveLength(2);
    await until('the idle target to close', () => opened[1]!.closed);
    await service.close();
  });

  it('has let go of a renamed profile’s listener before the new name opens its own', async () => {
    // At each open: whether every target opened before it had been closed by then.
    const allClosedAtOpen: boolean[] = [];
    const { service, settings, opened } = fakeRunService({
      settings: { profiles: [STAGING] },
      env,
      beforeOpen: async () => {
        allClosedAtOpen.push(opened.every((entry) => entry.closed));
      },
    });
    // A plan the person cancelled, then the profile renamed in Settings, on the same port.
    await service.plan(REMINDER, 'staging');
    settings.profiles = [{ ...STAGING, name: 'staging2' }];
    expect((await service.plan(REMINDER, 'staging2')).problem).toBeUndefined();
    const names = opened.map((entry) => entry.spec.kind === 'live' && entry.spec.profile.name);
    expect(names).toEqual(['staging', 'staging2']);
    expect(allClosedAtOpen).toEqual([true, true]);
    await service.close();
  });

  it('never closes the simulator when its last run ends: the virtual phone keeps its calls', async () => {
    const { service, opened } = fakeRunService({});
    await runAndStop(service, { flow: REMINDER });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(opened[0]!.closed).toBe(false);
    await service.close();
  });
});
