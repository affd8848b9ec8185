import { describe, expect, it } from 'vitest';
import { LISTED_RUNS, listedRuns } from '../../../../renderer/run/runs-elsewhere';
import type { RunElsewhere } from '../../../../renderer/run/runs-elsewhere';

const runs = (count: number): RunElsewhere[] =>
  Array.from({ length: count }, (_, index) => ({ runId: `run-${index}`, flow: 'Click to call' }));

describe('the notice of runs going on elsewhere', () => {
  it('names each of a few runs', () => {
    expect(listedRuns(runs(LISTED_RUNS))).toEqual({ listed: runs(LISTED_RUNS), more: 0 });
  });

  it('names the newest few of many and counts the rest, so 200 runs do not bury the canvas', () => {
    const { listed, more } = listedRuns(runs(200));
    // The last added: a run this canvas showed until another flow was opened stays reachable.
    expect(listed.map((run) => run.runId)).toEqual(['run-197', 'run-198', 'run-199']);
    expect(more).toBe(197);
  });
});
