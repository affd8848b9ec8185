import type { Problem } from '../../shared/flow/problem';

/** What a node's problem badge shows: how many, the worst severity, and the first message. */
export interface ProblemBadge {
  count: number;
  severity: Problem['severity'];
  message: string;
}

/** One badge per node that has problems, errors before warnings for the message shown. */
export function problemBadges(problems: readonly Problem[]): Map<string, ProblemBadge> {
  const badges = new Map<string, ProblemBadge>();
  for (const problem of problems) {
    if (problem.nodeId === undefined) continue;
    const badge = badges.get(problem.nodeId);
    if (!badge) {
      badges.set(problem.nodeId, {
        count: 1,
        severity: problem.severity,
        message: problem.message,
      });
    } else {
      badge.count += 1;
      if (badge.severity === 'warning' && problem.severity === 'error') {
        badge.severity = 'error';
        badge.message = problem.message;
      }
    }
  }
  return badges;
}

/** True when two badges show the same thing, so a node whose badge did not change keeps its view. */
export function sameBadge(a: ProblemBadge | null, b: ProblemBadge | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.count === b.count &&
      a.severity === b.severity &&
      a.message === b.message)
  );
}
