import { SeverityIcon } from '../icons/severity-icon';
import type { ProblemBadge } from '../problems/problem-badges';

/** The count of a node's problems, coloured by the worst; hovering shows the first message. */
export function ProblemBadgeView({ badge }: { badge: ProblemBadge }) {
  const noun = badge.count === 1 ? 'problem' : 'problems';
  return (
    <span
      className="problem-badge"
      data-severity={badge.severity}
      title={badge.message}
      aria-label={`${badge.count} ${noun}: ${badge.message}`}
      role="img"
    >
      <SeverityIcon severity={badge.severity} />
      <span className="problem-badge__count">{badge.count}</span>
    </span>
  );
}
