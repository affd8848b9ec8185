import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runLogPath } from '../../../electron/storage/run-log';
import { readRunLog } from '../../../electron/storage/run-log-reader';
import { openRunLog } from '../../../electron/storage/run-log-writer';
import type { LegEvent } from '../../../shared/events';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'legflow-run-log-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function event(n: number): LegEvent {
  return {
    event_sid: `EV${n}`,
    event_type: 'leg_action_event',
    event_name: 'play_completed',
    event_timestamp: { seconds: 1_685_966_925 + n, nanos: 0 },
    event_data: { data: { leg_sid: 'LEG1' } },
  };
}

describe('the run log', () => {
  it('writes one JSON line per entry, in the order of the calls, and reads them back', async () => {
    const log = await openRunLog(join(folder, 'runs'), 'run-42');
    expect(log.path).toBe(join(folder, 'runs', 'run-42.jsonl'));
    // Many appends at once, as a burst of events makes them: none lost, none reordered.
    await Promise.all([
      log.append({ type: 'step', at: '2024-01-01T00:00:00.000Z', node: 'n1' }),
      ...Array.from({ length: 200 }, (_, n) => log.appendEvent(event(n), 1_700_000_000_000 + n)),
    ]);
    await log.close();

    const text = await readFile(log.path, 'utf8');
    expect(text.split('\n')).toHaveLength(202);
    expect(JSON.parse(text.split('\n')[1] ?? '')).toEqual({
      type: 'event',
      at: '2023-11-14T22:13:20.000Z',
      event: event(0),
    });
    const contents = await readRunLog(log.path);
    expect(contents.skipped).toEqual([]);
    expect(contents.tornLastLine).toBeUndefined();
    expect(contents.entries[0]).toEqual({
      type: 'step',
      at: '2024-01-01T00:00:00.000Z',
      node: 'n1',
    });
    const sids = contents.entries
      .slice(1)
      .map((entry) => (entry as { event: LegEvent }).event.event_sid);
    expect(sids).toEqual(Array.from({ length: 200 }, (_, n) => `EV${n}`));
  });

  it('skips a torn last line after a crash, says so, and appends after it cleanly', async () => {
    const log = await openRunLog(folder, 'crashed');
    await log.appendEvent(event(1));
    await log.close();
    await appendFile(log.path, '{"type":"event","at":"2024-01-01T00:0');

    const afterCrash = await readRunLog(log.path);
    expect(afterCrash.entries).toHaveLength(1);
    expect(afterCrash.tornLastLine?.line).toBe(2);
    expect(afterCrash.tornLastLine?.reason).toContain('cut short');

    const reopened = await openRunLog(folder, 'crashed');
    await reopened.appendEvent(event(2));
    await reopened.close();
    const resumed = await readRunLog(log.path);
    expect(resumed.entries.map((entry) => (entry as { event: LegEvent }).event.event_sid)).toEqual([
      'EV1',
      'EV2',
    ]);
    expect(resumed.tornLastLine).toBeUndefined();
    expect(resumed.skipped).toEqual([{ line: 2, reason: 'not JSON' }]);
  });

  it('reports lines that are not entries, and keeps the rest', async () => {
    const path = join(folder, 'odd.jsonl');
    const good = JSON.stringify({ type: 'event', at: '2024-01-01T00:00:00.000Z', event: event(1) });
    const badEvent = JSON.stringify({ type: 'event', at: '2024-01-01T00:00:00.000Z', event: {} });
    await writeFile(path, `${good}\n\n${badEvent}\n[1,2]\n${good}`);
    const contents = await readRunLog(path);
    expect(contents.entries).toHaveLength(2);
    expect(contents.skipped.map((skipped) => skipped.line)).toEqual([3, 4]);
    expect(contents.tornLastLine).toBeUndefined();
  });

  it('refuses a run id that is not a safe file name, and any append after close', async () => {
    expect(() => runLogPath(folder, '../escape')).toThrow();
    await expect(openRunLog(folder, 'a/b')).rejects.toThrow();
    const log = await openRunLog(folder, 'closed');
    await log.close();
    await log.close();
    await expect(log.appendEvent(event(1))).rejects.toThrow('is closed');
  });
});
