import { describe, expect, it } from 'vitest';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import { foldRunUpdates } from '../../../../renderer/run/fold-run-update';
import type { Replay } from '../../../../renderer/run/run-store';
import { replayPositionWords, runClock } from '../../../../renderer/run-panels/replay-words';

const updates: RunUpdateMessage[] = [
  { type: 'started', runId: 'run-1', flow: 'Wait', at: 10_000 },
  { type: 'node-entered', nodeId: 'wait', leg: null, step: 1, at: 10_000 },
  { type: 'node-left', nodeId: 'wait', port: 'next', to: null, at: 130_000 },
];

const replay = (position: number, waiting: Replay['waiting'] = null): Replay => ({
  summary: {
    runId: 'run-1',
    flow: 'Wait',
    profile: 'Simulator',
    status: 'completed',
    reason: '',
    startedAt: '',
    durationMs: 120_000,
  },
  updates,
  position,
  view: foldRunUpdates(updates.slice(0, position)),
  playing: waiting !== null,
  speed: 1,
  waiting,
});

describe('the replay bar’s words', () => {
  it('say where the replay stands in the run’s time, and what it shows last', () => {
    expect(replayPositionWords(replay(0))).toBe('0/3 · 0:00/2:00');
    expect(replayPositionWords(replay(3))).toBe('3/3 · 2:00/2:00 · node-left');
  });

  it('count a long gap down in the run’s time while playing sits in it', () => {
    expect(replayPositionWords(replay(2, { runMsLeft: 105_200, shortened: true }))).toBe(
      '2/3 · 0:00/2:00 · wait 1:46',
    );
    expect(runClock(400)).toBe('0:01');
    expect(runClock(0)).toBe('0:00');
  });
});
