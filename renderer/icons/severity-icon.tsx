import { ExclamationMark, TriangleExclamationPoint } from 'lucide-react';
import type { Problem } from '../../shared/flow/problem';

/**
 * An error's "!" or a warning's triangle, as SVG in the text colour, for badges and problem
 * rows (a font's ▲ is not on every machine). Decorative: the words beside it say which it is.
 */
export function SeverityIcon({
  severity,
  size = 12,
}: {
  severity: Problem['severity'];
  size?: number;
}) {
  const Icon = severity === 'error' ? ExclamationMark : TriangleExclamationPoint;
  return <Icon size={size} strokeWidth={2.5} aria-hidden="true" focusable="false" />;
}
