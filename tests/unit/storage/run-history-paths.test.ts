import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listRuns, readRecordedRun } from '../../../electron/run-service/run-history';
import { runLogPath } from '../../../electron/storage/run-log';

let base: string;
let runs: string;

/** A complete, valid run log, so only where it lies can keep it from being read. */
const LOG = `${JSON.stringify({
  type: 'run',
  at: '2026-01-01T03:30:00.000Z',
  profile: 'Simulator',
  flow: { name: 'Evil' },
})}\n`;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'legflow-history-'));
  runs = join(base, 'runs');
  await mkdir(runs);
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'outside', 'evil.jsonl'), LOG);
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the run history reads only its own folder', () => {
  it('reads a run kept in the folder', async () => {
    await writeFile(join(runs, 'run-1.jsonl'), LOG);
    expect((await readRecordedRun(runs, 'run-1'))?.summary.flow).toBe('Evil');
  });

  it('refuses a run id that leads out of the folder, even to a valid log', async () => {
    for (const runId of ['../outside/evil', join(base, 'outside', 'evil'), '..', '.']) {
      await expect(readRecordedRun(runs, runId)).rejects.toThrow(/is not a run id|leads out/);
    }
  });

  it('says which run id is wrong and why', () => {
    expect(() => runLogPath(runs, '../outside/evil')).toThrow(
      '"../outside/evil" is not a run id: a run id is 1–128 letters',
    );
  });

  it('lists the kept runs past a stray file whose name is not a run id', async () => {
    await writeFile(join(runs, 'run-1.jsonl'), LOG);
    await writeFile(join(runs, '.hidden.jsonl'), LOG);
    expect((await listRuns(runs)).map((run) => run.runId)).toEqual(['run-1']);
  });
});
