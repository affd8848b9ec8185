import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFICATIONS } from '../../../shared/ipc';
import { PACE_COMMANDS } from '../../../shared/ipc/pace-contract';
import { createRunBackend } from './run-backend';
import type { RunBackend } from './run-backend';

let run: RunBackend;
const changes: unknown[] = [];
beforeAll(async () => {
  run = await createRunBackend(4);
  run.backend.subscribe(({ name, payload }) => {
    if (name === 'pace.changed') changes.push(NOTIFICATIONS['pace.changed'].parse(payload));
  });
});
afterAll(() => run.dispose());

describe('the pace commands', () => {
  it('refuse a speed that is not a positive number of at most 1000, and unknown fields', async () => {
    for (const payload of [
      undefined,
      {},
      { speed: 0 },
      { speed: -2 },
      { speed: 1_001 },
      { speed: '5' },
      { speed: Number.POSITIVE_INFINITY },
      { speed: 5, extra: true },
    ]) {
      const result = await run.backend.dispatch('pace.setSpeed', payload);
      expect(result.ok, JSON.stringify(payload)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-request');
    }
    expect(PACE_COMMANDS['pace.setSpeed'].request.safeParse({ speed: 0.5 }).success).toBe(true);
  });

  it('refuse a skip without a run id, and call a run that is not going not found', async () => {
    for (const payload of [
      undefined,
      {},
      { runId: '' },
      { runId: 7 },
      { runId: 'x'.repeat(201) },
    ]) {
      const result = await run.backend.dispatch('pace.skipWait', payload);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-request');
    }
    const gone = await run.backend.dispatch('pace.skipWait', { runId: 'run-that-ended' });
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.error.code).toBe('not-found');
  });

  it('say the speed, change it, and tell every window', async () => {
    expect(await run.value('pace.get')).toEqual({ speed: 4, adjustable: true, now: null });
    const changed = await run.value<{ speed: number }>('pace.setSpeed', { speed: 20 });
    expect(changed.speed).toBe(20);
    expect(changes).toContainEqual(expect.objectContaining({ speed: 20, adjustable: true }));
    expect(await run.value('pace.get')).toMatchObject({ speed: 20 });
  });
});
