import { useCallback, useEffect, useRef, useState } from 'react';
import { useBackend } from '../ipc/backend-context';
import { useFileActions } from './file-actions-context';
import { fileFolder, fileLabel } from './file-names';
import { useLoaded } from './use-loaded';

/** The Recent button and its menu of recently opened and saved files. */
export function RecentMenu() {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    // Any click elsewhere, or Escape, closes the menu, as a native menu does.
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    window.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div className="recent-menu" ref={root}>
      <button
        type="button"
        className="file-toolbar__button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Recent ▾
      </button>
      {open && <RecentList onChosen={() => setOpen(false)} />}
    </div>
  );
}

/** The menu itself; it asks the backend for the list each time it opens, so it is current. */
function RecentList(props: { onChosen: () => void }) {
  const backend = useBackend();
  const actions = useFileActions();
  const recent = useLoaded(useCallback(() => backend.files.recent(), [backend]));
  return (
    <ul className="recent-menu__list" role="menu" aria-label="Recent files">
      {recent.status === 'loading' && <li className="recent-menu__note">Loading…</li>}
      {recent.status === 'failed' && <li className="recent-menu__note">{recent.message}</li>}
      {recent.status === 'loaded' && recent.value.files.length === 0 && (
        <li className="recent-menu__note">No recent files yet.</li>
      )}
      {recent.status === 'loaded' &&
        recent.value.files.map((file) => (
          <li key={file.path} role="none">
            <button
              type="button"
              role="menuitem"
              className="recent-menu__item"
              onClick={() => {
                props.onChosen();
                void actions.openPath(file.path);
              }}
            >
              <span className="recent-menu__name">{fileLabel(file.path)}</span>
              {fileFolder(file.path) && (
                <span className="recent-menu__folder">{fileFolder(file.path)}</span>
              )}
            </button>
          </li>
        ))}
    </ul>
  );
}
