import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_COMMANDS, RUN_ID_PATTERN } from '../../../shared/ipc';
import { createTempBackend } from './temp-backend';
import type { TempBackend } from './temp-backend';

let temp: TempBackend;

/** A valid run log, planted beside the run history folder (`<data>/runs`), not in it. */
const LOG = `${JSON.stringify({
  type: 'run',
  at: '2026-01-01T03:30:00.000Z',
  profile: 'Simulator',
  flow: { name: 'Evil' },
})}\n`;

beforeEach(async () => {
  temp = await createTempBackend();
  await mkdir(join(temp.dataDir, 'outside'), { recursive: true });
  await writeFile(join(temp.dataDir, 'outside', 'evil.jsonl'), LOG);
});

afterEach(async () => {
  await temp.dispose();
});

describe('history.read', () => {
  it('refuses a run id that is not one, so no log outside the run history is read', async () => {
    const outside = join(temp.dataDir, 'outside', 'evil');
    for (const runId of ['../outside/evil', outside, 'run-1/../../outside/evil']) {
      const result = await temp.backend.dispatch('history.read', { runId });
      expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      expect(result.ok ? [] : result.error.problems).toEqual([
        'runId: is not a run id (they look like run-2026-01-01T03-30-00-000Z-e575f9bb)',
      ]);
    }
    expect(temp.bugs).toEqual([]);
  });

  it('takes the ids the runner makes, and says a well-formed one that was not kept is not found', async () => {
    const runId = 'run-2026-01-01T03-30-00-000Z-e575f9bb';
    expect(RUN_ID_PATTERN.test(runId)).toBe(true);
    expect(HISTORY_COMMANDS['history.read'].request.safeParse({ runId }).success).toBe(true);
    const result = await temp.backend.dispatch('history.read', { runId });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
