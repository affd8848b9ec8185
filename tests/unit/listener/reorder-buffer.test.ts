import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReorderBuffer } from '../../../electron/listener/reorder-buffer';

let released: Array<{ item: string; late: boolean }>;
let buffer: ReorderBuffer<string>;

beforeEach(() => {
  vi.useFakeTimers();
  released = [];
  buffer = new ReorderBuffer<string>({
    windowMs: 50,
    now: () => Date.now(),
    release: (item, late) => released.push({ item, late }),
  });
});

afterEach(() => {
  vi.useRealTimers();
});

const items = () => released.map(({ item }) => item);

describe('ReorderBuffer', () => {
  it('holds items for the window, then releases them in time order', () => {
    buffer.push('leg', 300, 'c');
    buffer.push('leg', 100, 'a');
    buffer.push('leg', 200, 'b');
    vi.advanceTimersByTime(49);
    expect(released).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(items()).toEqual(['a', 'b', 'c']);
    expect(released.every(({ late }) => !late)).toBe(true);
  });

  it('keeps arrival order for equal times, and orders each key on its own', () => {
    buffer.push('x', 100, 'x1');
    buffer.push('y', 50, 'y2');
    buffer.push('x', 100, 'x2');
    buffer.push('y', 10, 'y1');
    vi.advanceTimersByTime(50);
    expect(items().filter((item) => item.startsWith('x'))).toEqual(['x1', 'x2']);
    expect(items().filter((item) => item.startsWith('y'))).toEqual(['y1', 'y2']);
  });

  it('releases an item when its own time is up, with the older items held behind it', () => {
    buffer.push('leg', 100, 'first');
    vi.advanceTimersByTime(40);
    buffer.push('leg', 300, 'newest');
    buffer.push('leg', 50, 'oldest');
    vi.advanceTimersByTime(10);
    // 'first' is due; 'oldest' is older, so it goes too, ahead of it; 'newest' waits its turn.
    expect(items()).toEqual(['oldest', 'first']);
    vi.advanceTimersByTime(39);
    expect(items()).toEqual(['oldest', 'first']);
    vi.advanceTimersByTime(1);
    expect(items()).toEqual(['oldest', 'first', 'newest']);
  });

  it('releases an item older than one already released at once, marked late', () => {
    buffer.push('leg', 500, 'new');
    vi.advanceTimersByTime(50);
    buffer.push('leg', 100, 'old');
    expect(released).toEqual([
      { item: 'new', late: false },
      { item: 'old', late: true },
    ]);
  });

  it('releases items without a key at once', () => {
    buffer.push(undefined, 100, 'bridge-less');
    expect(items()).toEqual(['bridge-less']);
  });

  it('with a window of 0, holds nothing but still marks late items', () => {
    const now: string[] = [];
    const lates: boolean[] = [];
    const direct = new ReorderBuffer<string>({
      windowMs: 0,
      release: (item, late) => {
        now.push(item);
        lates.push(late);
      },
    });
    direct.push('leg', 200, 'b');
    direct.push('leg', 100, 'a');
    expect(now).toEqual(['b', 'a']);
    expect(lates).toEqual([false, true]);
  });

  it('flush releases everything held, in order', () => {
    buffer.push('leg', 200, 'b');
    buffer.push('leg', 100, 'a');
    expect(buffer.size).toBe(2);
    buffer.flush();
    expect(items()).toEqual(['a', 'b']);
    expect(buffer.size).toBe(0);
    vi.advanceTimersByTime(100);
    expect(items()).toEqual(['a', 'b']);
  });
});
