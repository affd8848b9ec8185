import { useEffect } from 'react';
import { useHasUnsavedChanges } from './document-file-context';

/**
 * Asks before the tab is closed or reloaded while there are unsaved changes. The browser
 * shows its own wording; a page can only ask for the prompt.
 */
export function useBeforeUnload(): void {
  const unsaved = useHasUnsavedChanges();
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium (and Electron's) only prompt when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
}
