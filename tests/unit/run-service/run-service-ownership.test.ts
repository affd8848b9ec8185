import { describe, expect, it } from 'vitest';
import type { RunNotice } from '../../../electron/run-service/run-service';
import { example, until } from '../runner/run-helpers';
import { fakeRunService } from './fake-targets';

const CLICK_TO_CALL = example('click-to-call');

describe('the run service: runs belong to it, not to a window', () => {
  it('lists the runs going on with their flow, breakpoints and every update so far', async () => {
    const { service } = fakeRunService({});
    const notices: RunNotice[] = [];
    service.onNotice((notice) => notices.push(notice));
    const runId = await service.start({
      flow: CLICK_TO_CALL,
      path: 'flows/click-to-call.legflow.json',
      breakpoints: ['connect'],
      startPaused: true,
    });
    await until('the pause before the first node', () =>
      notices.some((notice) => notice.update.type === 'paused'),
    );
    service.setBreakpoints(runId, ['brief']);

    const [active, ...others] = service.active();
    expect(others).toEqual([]);
    expect(active).toMatchObject({
      runId,
      profile: 'Simulator',
      path: 'flows/click-to-call.legflow.json',
      breakpoints: ['brief'],
    });
    expect(active!.flow.name).toBe('Click to call');
    // The snapshot and the notices agree, and each notice says where it stands in its run.
    expect(active!.updates).toEqual(notices.map((notice) => notice.update));
    expect(notices.map((notice) => notice.seq)).toEqual(notices.map((_, index) => index));
    expect(service.runningCount()).toBe(1);

    const [going] = await service.history();
    expect(going).toMatchObject({ runId, status: 'running', reason: 'The run is going on.' });
    expect((await service.recorded(runId))?.summary.status).toBe('running');

    await service.get(runId).stop('Stopped from another tab.');
    expect(service.active()).toEqual([]);
    expect(service.runningCount()).toBe(0);
    // Read as soon as the run has ended: the log's last lines are waited for, not guessed.
    const [ended] = await service.history();
    expect(ended).toMatchObject({ runId, status: 'stopped', reason: 'Stopped from another tab.' });
    await service.close();
  });
});
