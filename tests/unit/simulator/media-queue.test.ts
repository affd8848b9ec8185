import { describe, expect, it } from 'vitest';
import { MediaQueue, startPlayback } from '../../../electron/simulator/platform/media-queue';
import type { Step } from '../../../electron/simulator/platform/media-queue';
import { manualClock } from './manual-real-time';

describe('MediaQueue', () => {
  const { clock, advance } = manualClock(1);
  const log: string[] = [];
  const emit = (name: string, _extra: unknown, at?: number) =>
    log.push(`${name}@${at ?? clock.now()}`);
  const say = (queue: MediaQueue, ms: number): Step => ({
    blocking: true,
    start: (done) =>
      void startPlayback(
        queue,
        clock,
        emit,
        { kind: 'say', durationMs: ms, action: { sid: 'A' } },
        () => done(),
      ),
  });
  const instant = (name: string): Step => ({
    blocking: false,
    start: (done) => {
      log.push(`${name}@${clock.now()}`);
      done();
    },
  });

  it('plays one thing at a time, in order; instant actions at the head run at once', () => {
    log.length = 0;
    const queue = new MediaQueue();
    queue.submit([say(queue, 1000), instant('after-first')]);
    queue.submit([instant('hold'), say(queue, 500)]);
    expect(log).toEqual(['say_started@0', 'hold@0']);
    advance(1000);
    expect(log).toEqual([
      'say_started@0',
      'hold@0',
      'say_completed@1000',
      'after-first@1000',
      'say_started@1000',
    ]);
    queue.playback?.interrupt();
    expect(log.at(-1)).toBe('say_interrupted@1000');
    expect(queue.busy).toBe(false);
  });

  it('falls silent when stopped', () => {
    log.length = 0;
    const queue = new MediaQueue();
    queue.submit([say(queue, 1000), say(queue, 1000)]);
    queue.stop();
    advance(5000);
    queue.submit([instant('late')]);
    expect(log).toEqual([`say_started@${clock.now() - 5000}`]);
  });
});
