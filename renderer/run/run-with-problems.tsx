import type { Problem } from '../../shared/flow/problem';
import type { ShowDialog } from '../files/dialog-host';
import { Modal } from '../files/modal';

/** The answer to "run anyway?": go ahead, look at the problems instead, or neither (Escape). */
export type ProblemsAnswer = 'run' | 'show' | 'cancel';

/** Problems listed in the dialog at most; the Problems tab lists them all. */
const LISTED = 4;

/** "1 problem", "2 problems". */
export function problemCount(count: number): string {
  return count === 1 ? '1 problem' : `${count} problems`;
}

/**
 * Asks before running a flow that validation says cannot work as drawn, naming the errors. "Show
 * them" is the safe answer and has the focus, so Enter never starts a run that is sure to fail.
 */
export function RunWithProblemsDialog(props: {
  errors: readonly Problem[];
  onAnswer: (answer: ProblemsAnswer) => void;
}) {
  const { errors, onAnswer } = props;
  const more = errors.length - LISTED;
  return (
    <Modal
      title={`${problemCount(errors.length)}: run anyway?`}
      className="run-problems"
      onCancel={() => onAnswer('cancel')}
      onSubmit={() => onAnswer('show')}
      actions={
        <>
          <button type="button" className="dialog-button" onClick={() => onAnswer('run')}>
            Run anyway
          </button>
          <button type="submit" className="dialog-button dialog-button--primary" data-autofocus>
            Show them
          </button>
        </>
      }
    >
      <p>The flow has errors, so the run is likely to fail when it reaches them:</p>
      <ul className="run-problems__list" aria-label="Errors">
        {errors.slice(0, LISTED).map((problem, index) => (
          <li key={`${problem.code}:${problem.nodeId ?? ''}:${index}`}>{problem.message}</li>
        ))}
      </ul>
      {more > 0 && <p className="modal__note">…and {more} more in the Problems tab.</p>}
    </Modal>
  );
}

/** Shows the dialog; resolves with the person's answer. */
export function askRunWithProblems(
  show: ShowDialog,
  errors: readonly Problem[],
): Promise<ProblemsAnswer> {
  return show<ProblemsAnswer>((close) => (
    <RunWithProblemsDialog errors={errors} onAnswer={close} />
  ));
}
