import { describe, expect, it } from 'vitest';
import { RecentIds } from '../../../electron/listener/recent-ids';
import { UnassignedBacklog } from '../../../electron/listener/unassigned-backlog';

describe('RecentIds', () => {
  it('says whether an id is new, and forgets the oldest beyond its capacity', () => {
    const ids = new RecentIds(2);
    expect(ids.add('a')).toBe(true);
    expect(ids.add('a')).toBe(false);
    expect(ids.add('b')).toBe(true);
    expect(ids.add('c')).toBe(true);
    expect(ids.size).toBe(2);
    expect(ids.add('b')).toBe(false);
    expect(ids.add('a')).toBe(true);
  });

  it('refuses a capacity that cannot hold anything', () => {
    expect(() => new RecentIds(0)).toThrow(RangeError);
  });
});

describe('UnassignedBacklog', () => {
  it("gives back a sid's items oldest first, once", () => {
    const backlog = new UnassignedBacklog<number>(4);
    backlog.add('a', 1);
    backlog.add('b', 2);
    backlog.add('a', 3);
    expect(backlog.take('a')).toEqual([1, 3]);
    expect(backlog.take('a')).toEqual([]);
    expect(backlog.take('b')).toEqual([2]);
  });

  it('forgets the oldest items when full', () => {
    const backlog = new UnassignedBacklog<number>(2);
    backlog.add('a', 1);
    backlog.add('a', 2);
    backlog.add('a', 3);
    expect(backlog.take('a')).toEqual([2, 3]);
  });

  it('keeps nothing with a capacity of 0', () => {
    const backlog = new UnassignedBacklog<number>(0);
    backlog.add('a', 1);
    expect(backlog.take('a')).toEqual([]);
  });
});
