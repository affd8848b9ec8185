import { describe, expect, it } from 'vitest';
import type { RunUpdateMessage } from '../../../../shared/ipc';
import {
  LONGEST_REPLAY_GAP_MS,
  nextReplayStep,
  replayDelay,
  STEP_BEAT_MS,
  STEP_BY_STEP,
} from '../../../../renderer/run/replay-timing';

const at = (ms: number): RunUpdateMessage => ({ type: 'resumed', at: ms });

describe('the delay between two updates of a replay', () => {
  it('is the run’s own gap divided by the speed', () => {
    expect(replayDelay(at(1_000), at(4_000), 1)).toBe(3_000);
    expect(replayDelay(at(1_000), at(4_000), 2)).toBe(1_500);
    expect(replayDelay(at(1_000), at(4_000), 20)).toBe(150);
  });

  it('is nothing before the first update, and nothing for updates of the same moment', () => {
    expect(replayDelay(undefined, at(4_000), 1)).toBe(0);
    expect(replayDelay(at(4_000), at(4_000), 1)).toBe(0);
  });

  it('is capped, so a two-minute Wait does not leave the replay silent for two minutes', () => {
    expect(replayDelay(at(0), at(120_000), 1)).toBe(LONGEST_REPLAY_GAP_MS);
    expect(replayDelay(at(0), at(120_000), 5)).toBe(LONGEST_REPLAY_GAP_MS);
    expect(replayDelay(at(0), at(120_000), 20)).toBe(6_000);
  });

  it('is one even beat step by step, whatever the run’s timing', () => {
    expect(replayDelay(at(0), at(120_000), STEP_BY_STEP)).toBe(STEP_BEAT_MS);
    expect(replayDelay(at(0), at(0), STEP_BY_STEP)).toBe(STEP_BEAT_MS);
  });
});

describe('the next step of a playing replay', () => {
  const updates = [at(0), at(0), at(5), at(3_000), at(123_000), at(123_000)];

  it('shows the updates of one moment together', () => {
    expect(nextReplayStep(updates, 0, 1)).toMatchObject({ count: 3, realMs: 0 });
    expect(nextReplayStep(updates, 3, 1)).toMatchObject({ count: 1, realMs: 2_995 });
    // At 20× the 5 ms update is 0.25 ms of real time: the same frame.
    expect(nextReplayStep(updates, 0, 20)).toMatchObject({ count: 3 });
  });

  it('counts down a long gap and says when it is shortened', () => {
    expect(nextReplayStep(updates, 3, 1)).toMatchObject({
      runMs: 3_000 - 5,
      countdown: true,
      shortened: false,
    });
    expect(nextReplayStep(updates, 4, 1)).toMatchObject({
      count: 2,
      runMs: 120_000,
      realMs: LONGEST_REPLAY_GAP_MS,
      countdown: true,
      shortened: true,
    });
  });

  it('takes one update at a time step by step, with no countdown', () => {
    expect(nextReplayStep(updates, 0, STEP_BY_STEP)).toMatchObject({ count: 1, realMs: 0 });
    expect(nextReplayStep(updates, 4, STEP_BY_STEP)).toMatchObject({
      count: 1,
      realMs: STEP_BEAT_MS,
      countdown: false,
    });
  });

  it('is null at the end', () => {
    expect(nextReplayStep(updates, updates.length, 1)).toBeNull();
  });
});
