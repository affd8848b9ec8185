import { X } from 'lucide-react';
import { Fragment, useEffect, useId, useRef } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { SHORTCUT_SHEET, isApplePlatform, keyLabel } from './shortcut-list';

const APPLE = isApplePlatform();

/** The sheet of keyboard shortcuts, opened with `?`; Esc, the button or a click outside closes it. */
export function ShortcutsSheet() {
  const store = useDesignerStoreApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = () => store.getState().setOverlay(null);

  useEffect(() => {
    // showModal(), not the open attribute: it traps focus and makes the rest of the page inert.
    dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="shortcuts-sheet"
      aria-labelledby={titleId}
      onClose={close}
      onClick={(event) => event.target === dialog.current && close()}
    >
      <div className="shortcuts-sheet__body">
        <header className="shortcuts-sheet__header">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={close}>
            <X size={14} aria-hidden="true" focusable="false" />
          </button>
        </header>
        {SHORTCUT_SHEET.map(({ group, rows }) => (
          <section key={group} className="shortcuts-sheet__group">
            <h3>{group}</h3>
            <dl>
              {rows.map((row) => (
                <Fragment key={row.does}>
                  <dt>
                    {row.keys.map((combo, index) => (
                      <Fragment key={combo.join('+')}>
                        {index > 0 && <span className="shortcuts-sheet__or"> or </span>}
                        {combo.map((key) => (
                          <kbd key={key}>{keyLabel(key, APPLE)}</kbd>
                        ))}
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{row.does}</dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
