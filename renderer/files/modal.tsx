import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * A modal dialog on the native `<dialog>`: the browser traps focus, puts it above everything
 * and makes the rest inert. Escape (the dialog's `cancel` event) calls `onCancel`; the caller
 * decides what closing means, so the element is only ever closed by unmounting it.
 *
 * The control marked `data-autofocus` (the safe choice) has the focus once the dialog opens,
 * so Enter never does what cannot be undone. React's `autoFocus` cannot do this: it focuses
 * before the dialog is shown, when nothing in it can take focus, and `showModal()` then
 * focuses the first button, which is often the destructive one ("Don’t save", "Discard").
 */
export function Modal(props: {
  title: string;
  onCancel: () => void;
  children: ReactNode;
  /** The buttons along the bottom. */
  actions?: ReactNode;
  className?: string;
  onSubmit?: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { onCancel } = props;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    const cancel = (event: Event) => {
      event.preventDefault();
      onCancel();
    };
    dialog.addEventListener('cancel', cancel);
    return () => dialog.removeEventListener('cancel', cancel);
  }, [onCancel]);

  return (
    <dialog ref={ref} className={`modal ${props.className ?? ''}`} aria-labelledby={titleId}>
      <form
        method="dialog"
        className="modal__form"
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit?.();
        }}
      >
        <h2 id={titleId} className="modal__title">
          {props.title}
        </h2>
        <div className="modal__body">{props.children}</div>
        {props.actions && <div className="modal__actions">{props.actions}</div>}
      </form>
    </dialog>
  );
}
