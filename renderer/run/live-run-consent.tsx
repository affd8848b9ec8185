import type { FlowDocument } from '../../shared/flow';
import type { RunPlan } from '../../shared/ipc';
import type { ShowDialog } from '../files/dialog-host';
import { Modal } from '../files/modal';

/**
 * Asks before a live run: it lists every number the run will dial, warns when the platform's
 * events could not reach us (a warning, not a refusal: the platform may reach this machine in a
 * way the app cannot see), and refuses to go ahead when the run cannot start at all (no token,
 * a number only known once the run is going). Cancel (and Escape) is the safe answer and has
 * the focus.
 */
export function LiveRunConsent(props: {
  plan: RunPlan;
  flow: FlowDocument;
  onAnswer: (goAhead: boolean) => void;
}) {
  const { plan, flow, onAnswer } = props;
  const legLabel = (leg: string | null) =>
    flow.legs.find((candidate) => candidate.id === leg)?.label ?? leg ?? '';
  const nodeLabel = (nodeId: string) =>
    flow.nodes.find((node) => node.id === nodeId)?.label ?? nodeId;
  const blocked = plan.problem !== undefined;
  const dials = plan.numbers.length > 0;

  return (
    <Modal
      title={`Run on “${plan.profile}”?`}
      className="live-consent"
      onCancel={() => onAnswer(false)}
      onSubmit={() => !blocked && onAnswer(true)}
      actions={
        <>
          <button
            type="button"
            className="dialog-button"
            onClick={() => onAnswer(false)}
            data-autofocus
          >
            Cancel
          </button>
          <button type="submit" className="dialog-button dialog-button--danger" disabled={blocked}>
            {dials ? 'Call these numbers' : 'Start the live run'}
          </button>
        </>
      }
    >
      <p>
        “{plan.profile}” is a live account: this run uses real phone lines
        {dials ? ' and rings real people.' : '.'}
      </p>
      {dials ? (
        <>
          <p className="live-consent__lead">It will call:</p>
          <ul className="live-consent__numbers" aria-label="Numbers to call">
            {plan.numbers.map((call) => (
              <li key={call.nodeId}>
                <span className="live-consent__number">{call.number || '(no number)'}</span>
                <span className="live-consent__who">
                  {[legLabel(call.leg), nodeLabel(call.nodeId)].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>It dials no one: it answers calls made to the flow’s ExoPhone on this account.</p>
      )}
      {plan.problem !== undefined && (
        <p className="live-consent__notice live-consent__notice--problem" role="alert">
          <strong>The run cannot start.</strong> {plan.problem}
        </p>
      )}
      {plan.listener && !plan.listener.ok && (
        <p className="live-consent__notice live-consent__notice--warning" role="alert">
          <strong>Events may not reach Legflow.</strong> {plan.listener.message} Without them the
          run would not see calls answered or keys pressed.
        </p>
      )}
      {plan.listener?.ok && <p className="live-consent__ok">✓ {plan.listener.message}</p>}
    </Modal>
  );
}

/** Shows the consent dialog for the plan; resolves true only when the person goes ahead. */
export function askLiveConsent(
  show: ShowDialog,
  plan: RunPlan,
  flow: FlowDocument,
): Promise<boolean> {
  return show<boolean>((close) => <LiveRunConsent plan={plan} flow={flow} onAnswer={close} />);
}
