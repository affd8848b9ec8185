import { X } from 'lucide-react';
import { useEffect } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';

/** Long enough to read a sentence twice; a notice never needs to be dismissed by hand. */
const SHOW_MS = 6000;

/**
 * A short message at the foot of the canvas, such as why a connection was refused. It is a live
 * region, so screen readers announce it too.
 */
export function CanvasNotice() {
  const store = useDesignerStoreApi();
  const notice = useDesigner((state) => state.notice);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => store.getState().dismissNotice(notice.id), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice, store]);

  return (
    <div className="canvas-notice" role="status" aria-live="polite">
      {notice && (
        <p className="canvas-notice__text" data-tone={notice.tone} key={notice.id}>
          {notice.text}
          <button
            type="button"
            className="canvas-notice__close"
            aria-label="Dismiss"
            onClick={() => store.getState().dismissNotice(notice.id)}
          >
            <X size={14} aria-hidden="true" focusable="false" />
          </button>
        </p>
      )}
    </div>
  );
}
