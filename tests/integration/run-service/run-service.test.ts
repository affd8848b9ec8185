import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFlow } from '../../../shared/flow';
import { RunService } from '../../../electron/run-service/run-service';
import type { RunNotice } from '../../../electron/run-service/run-service';
import { waitFor } from '../listener/helpers/wait-for';

const flow = loadFlow(readFileSync('assets/examples/ivr-menu.legflow.json', 'utf8'));
const logs = mkdtempSync(join(tmpdir(), 'legflow-runs-'));
const service = new RunService({ logFolder: logs, simulator: { speed: 50 } });
afterAll(() => service.close());

describe('the run service', () => {
  it('runs a flow on the simulator, driven from the virtual phone, and keeps it for replay', async () => {
    const notices: RunNotice[] = [];
    service.onNotice((notice) => notices.push(notice));
    const runId = await service.start({ flow, breakpoints: ['menu'] });
    const phone = await service.phone();
    const call = phone.placeIncomingCall({ from: '09876500009', exophone: '08030752400' });
    await waitFor('the pause at the menu', () => service.get(runId).pausedAt === 'menu', 10_000);
    service.get(runId).continue();
    await waitFor(
      'the gather',
      () => notices.some((n) => n.update.type === 'event' && n.update.name === 'gather_initiated'),
      10_000,
    );
    phone.pressDigits(call.legSid, '3');
    await waitFor('the end', () => notices.some((n) => n.update.type === 'finished'), 10_000);
    const finished = notices.find((n) => n.update.type === 'finished')!.update;
    expect(finished).toMatchObject({
      status: 'completed',
      path: ['start', 'answer', 'welcome', 'menu', 'accounts', 'bye'],
    });
    expect(notices.every((notice) => notice.runId === runId)).toBe(true);

    // The log is written behind the notices; wait until its last line is on disk.
    let recorded = await service.recorded(runId);
    for (let i = 0; i < 200 && recorded?.updates.at(-1)?.type !== 'finished'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      recorded = await service.recorded(runId);
    }
    const history = await service.history();
    expect(history[0]).toMatchObject({
      runId,
      flow: 'IVR menu',
      profile: 'Simulator',
      status: 'completed',
    });
    expect(recorded?.updates.map((update) => update.type)).toEqual(
      notices.map((notice) => notice.update.type),
    );
    expect((recorded?.flow as { name: string }).name).toBe('IVR menu');
  });

  it('says when a run is not going', () => {
    expect(() => service.get('run-nope')).toThrow(
      'No run run-nope is going; it may have finished.',
    );
  });
});
