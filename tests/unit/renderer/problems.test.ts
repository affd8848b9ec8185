import { describe, expect, it } from 'vitest';
import { problemBadges, sameBadge } from '../../../renderer/problems/problem-badges';
import { differsOnlyInPlacement, problemsOf } from '../../../renderer/problems/problems-of';
import { moveNode } from '../../../renderer/store/flow-edits';
import type { Problem } from '../../../shared/flow/problem';
import { flowOf, node } from './flow-builders';

const flow = flowOf(
  [node('start', 'incoming-call'), node('hello', 'say'), node('lost', 'hangup')],
  [['start', 'next', 'hello']],
);

describe('problemsOf', () => {
  it('validates once for a move and hands back the very same array', () => {
    const problems = problemsOf(flow);
    expect(problems.length).toBeGreaterThan(0);
    const moved = moveNode(flow, 'hello', { x: 40, y: 40 });
    expect(differsOnlyInPlacement(flow, moved)).toBe(true);
    expect(problemsOf(moved)).toBe(problems);
  });

  it('validates again when anything but placement changes', () => {
    const problems = problemsOf(flow);
    const relabelled = {
      ...flow,
      nodes: flow.nodes.map((n) => (n.id === 'lost' ? { ...n, label: 'Goodbye' } : n)),
    };
    expect(differsOnlyInPlacement(flow, relabelled)).toBe(false);
    expect(problemsOf(relabelled)).not.toBe(problems);
    expect(problemsOf(relabelled).some((p) => p.message.includes('Goodbye'))).toBe(true);
  });
});

describe('problemBadges', () => {
  const problems: Problem[] = [
    { code: 'no-start', severity: 'error', message: 'flow-wide' },
    { code: 'unreachable', severity: 'warning', message: 'w1', nodeId: 'a' },
    { code: 'param-missing', severity: 'error', message: 'e1', nodeId: 'a' },
    { code: 'param-missing', severity: 'error', message: 'e2', nodeId: 'a' },
    { code: 'unreachable', severity: 'warning', message: 'w2', nodeId: 'b' },
  ];

  it('counts per node and shows the first error, else the first warning', () => {
    const badges = problemBadges(problems);
    expect([...badges.keys()]).toEqual(['a', 'b']);
    expect(badges.get('a')).toEqual({ count: 3, severity: 'error', message: 'e1' });
    expect(badges.get('b')).toEqual({ count: 1, severity: 'warning', message: 'w2' });
  });

  it('compares badges by content', () => {
    const badge = { count: 1, severity: 'warning' as const, message: 'm' };
    expect(sameBadge(badge, { ...badge })).toBe(true);
    expect(sameBadge(badge, null)).toBe(false);
    expect(sameBadge(null, null)).toBe(true);
  });
});
