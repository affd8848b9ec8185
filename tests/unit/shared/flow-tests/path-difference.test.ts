import { describe, expect, it } from 'vitest';
import { firstPathDifference } from '../../../../shared/flow-tests';

describe('firstPathDifference', () => {
  it('finds the first step where the paths part, counting from 1', () => {
    expect(firstPathDifference(['a', 'b', 'sales'], ['a', 'b', 'no-input'])).toEqual({
      step: 3,
      expected: 'sales',
      actual: 'no-input',
    });
  });

  it('says which path ended first', () => {
    expect(firstPathDifference(['a', 'b'], ['a'])).toEqual({
      step: 2,
      expected: 'b',
      actual: null,
    });
    expect(firstPathDifference(['a'], ['a', 'b'])).toEqual({
      step: 2,
      expected: null,
      actual: 'b',
    });
  });

  it('is null for the same path', () => {
    expect(firstPathDifference(['a', 'b'], ['a', 'b'])).toBeNull();
    expect(firstPathDifference([], [])).toBeNull();
  });
});
