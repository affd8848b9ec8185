import { Modal } from './modal';

/** What to do with unsaved changes before the flow is replaced. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** "Save changes to “IVR menu”?" with Save, Don't save and Cancel, as desktop apps ask it. */
export function UnsavedChangesDialog(props: {
  flowName: string;
  /** What happens next, e.g. "opening another flow". */
  before: string;
  onAnswer: (choice: UnsavedChoice) => void;
}) {
  const { onAnswer } = props;
  return (
    <Modal
      title={`Save changes to “${props.flowName}”?`}
      onCancel={() => onAnswer('cancel')}
      onSubmit={() => onAnswer('save')}
      actions={
        <>
          <button type="button" className="dialog-button" onClick={() => onAnswer('discard')}>
            Don’t save
          </button>
          <span className="modal__spacer" />
          <button type="button" className="dialog-button" onClick={() => onAnswer('cancel')}>
            Cancel
          </button>
          <button type="submit" className="dialog-button dialog-button--primary" data-autofocus>
            Save
          </button>
        </>
      }
    >
      <p>
        The flow has changes that are not saved. If you go on {props.before} without saving, they
        are lost.
      </p>
    </Modal>
  );
}
