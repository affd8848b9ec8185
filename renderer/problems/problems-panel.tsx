import { memo } from 'react';
import type { Problem } from '../../shared/flow/problem';
import { useFocusNode } from '../canvas/use-focus-node';
import { SeverityIcon } from '../icons/severity-icon';
import { useProblems } from './use-problems';

/** Rows drawn at most; past this a list stops helping and only slows the window. */
const MAX_ROWS = 300;

// Messages name their node already ("“Greeting” has no text"), so a row needs nothing else.
const ProblemRow = memo(function ProblemRow(props: {
  problem: Problem;
  onShow(nodeId: string): void;
}) {
  const { problem, onShow } = props;
  const content = (
    <>
      <span className="problem-row__icon" aria-hidden="true">
        <SeverityIcon severity={problem.severity} />
      </span>
      <span className="visually-hidden">
        {problem.severity === 'error' ? 'Error:' : 'Warning:'}
      </span>
      <span className="problem-row__message">{problem.message}</span>
    </>
  );
  return (
    <li className="problem-row" data-severity={problem.severity} data-code={problem.code}>
      {problem.nodeId === undefined ? (
        <div className="problem-row__body">{content}</div>
      ) : (
        <button
          type="button"
          className="problem-row__body"
          data-node-id={problem.nodeId}
          title="Show this node"
          onClick={() => onShow(problem.nodeId!)}
        >
          {content}
        </button>
      )}
    </li>
  );
});

/**
 * The Problems tab: the flow's validation, live, errors and warnings in flow order. Clicking a
 * problem selects its node and brings it to the middle of the canvas.
 */
export function ProblemsPanel() {
  const problems = useProblems();
  const focusNode = useFocusNode();
  if (problems.length === 0) {
    return <p className="problems-panel__empty">No problems. The flow is ready to run.</p>;
  }
  return (
    <>
      <ul className="problems-panel" aria-label="Problems">
        {problems.slice(0, MAX_ROWS).map((problem, index) => (
          <ProblemRow
            key={`${problem.code}:${problem.nodeId ?? ''}:${index}`}
            problem={problem}
            onShow={focusNode}
          />
        ))}
      </ul>
      {problems.length > MAX_ROWS && (
        <p className="problems-panel__more">
          …and {problems.length - MAX_ROWS} more. Fix the ones above first.
        </p>
      )}
    </>
  );
}

/** The count shown on the Problems tab, coloured by the worst severity. */
export function ProblemsCount() {
  const problems = useProblems();
  if (problems.length === 0) return null;
  const severity = problems.some((problem) => problem.severity === 'error') ? 'error' : 'warning';
  return (
    <span className="dock-tab__count" data-severity={severity}>
      {problems.length}
    </span>
  );
}
