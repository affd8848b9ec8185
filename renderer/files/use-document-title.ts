import { useEffect } from 'react';
import { useDesigner } from '../store/designer-context';
import { useHasUnsavedChanges } from './document-file-context';

/** The unsaved-changes mark, in the window title and the title bar alike. */
export const UNSAVED_MARK = '•';

/**
 * Keeps the window's title on the flow: "• IVR menu — Legflow Studio" while it has unsaved
 * changes, as editors mark a modified document (the desktop window takes the same title).
 */
export function useDocumentTitle(): void {
  const name = useDesigner((state) => state.flow.name);
  const unsaved = useHasUnsavedChanges();
  useEffect(() => {
    document.title = `${unsaved ? `${UNSAVED_MARK} ` : ''}${name} — Legflow Studio`;
  }, [name, unsaved]);
}
