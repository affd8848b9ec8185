import { Modal } from './modal';

/**
 * Tells the user something went wrong, with each problem on its own line (a file that would
 * not load lists what is wrong with it and where).
 */
export function MessageDialog(props: {
  title: string;
  message: string;
  problems?: readonly string[];
  /** A closing reassurance, e.g. that the file was left as it was. */
  note?: string;
  onClose: () => void;
}) {
  return (
    <Modal
      title={props.title}
      onCancel={props.onClose}
      onSubmit={props.onClose}
      className="modal--message"
      actions={
        <button type="submit" className="dialog-button dialog-button--primary" data-autofocus>
          OK
        </button>
      }
    >
      <p>{props.message}</p>
      {props.problems && props.problems.length > 0 && (
        <ul className="modal__problems" aria-label="Problems">
          {props.problems.map((problem, index) => (
            <li key={index}>{problem}</li>
          ))}
        </ul>
      )}
      {props.note && <p className="modal__note">{props.note}</p>}
    </Modal>
  );
}
