import { describe, expect, it } from 'vitest';
import { isAtEnd, visibleRows } from '../../../../renderer/run-panels/visible-rows';

const geometry = {
  scrollTop: 0,
  viewHeight: 200,
  listTop: 50,
  rowHeight: 20,
  count: 1000,
  overscan: 5,
};

describe('the rows of a long list that are drawn', () => {
  it('are those in view and a margin either side', () => {
    // Scrolled 450 px: the list starts 50 px down, so rows from 400 px, the 20th, are in view.
    expect(visibleRows({ ...geometry, scrollTop: 450 })).toEqual({ first: 15, last: 35 });
  });

  it('start at the first row while the list starts in view', () => {
    expect(visibleRows(geometry)).toEqual({ first: 0, last: 13 });
  });

  it('stop at the last row at the end of the list', () => {
    // Scrolled as far as it goes: 50 px above the list, 1000 rows, less the 200 px in view.
    expect(visibleRows({ ...geometry, scrollTop: 19_850 })).toEqual({ first: 985, last: 1000 });
    expect(visibleRows({ ...geometry, count: 4 })).toEqual({ first: 0, last: 4 });
  });

  it('are none for an empty list', () => {
    expect(visibleRows({ ...geometry, count: 0 })).toEqual({ first: 0, last: 0 });
  });
});

describe('a box scrolled to its end', () => {
  it('is at the end within a few pixels, and not a row above it', () => {
    expect(isAtEnd({ scrollTop: 800, scrollHeight: 1000, clientHeight: 200 })).toBe(true);
    expect(isAtEnd({ scrollTop: 798, scrollHeight: 1000, clientHeight: 200 })).toBe(true);
    expect(isAtEnd({ scrollTop: 780, scrollHeight: 1000, clientHeight: 200 })).toBe(false);
    // Content shorter than the box: nothing to scroll, so it shows the end.
    expect(isAtEnd({ scrollTop: 0, scrollHeight: 100, clientHeight: 200 })).toBe(true);
  });
});
