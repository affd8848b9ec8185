import { Modal } from './modal';

/** Asks before doing something that cannot be undone, such as overwriting a file. */
export function ConfirmDialog(props: {
  title: string;
  message: string;
  confirmLabel: string;
  onAnswer: (confirmed: boolean) => void;
}) {
  const { onAnswer } = props;
  return (
    <Modal
      title={props.title}
      onCancel={() => onAnswer(false)}
      onSubmit={() => onAnswer(true)}
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
          <button type="submit" className="dialog-button dialog-button--danger">
            {props.confirmLabel}
          </button>
        </>
      }
    >
      <p>{props.message}</p>
    </Modal>
  );
}
