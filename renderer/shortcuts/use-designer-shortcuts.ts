import { useEffect } from 'react';
import { useDesignerStoreApi } from '../store/designer-context';
import { isTextEntry } from './is-text-entry';
import { matchShortcut } from './match-shortcut';
import { isApplePlatform } from './shortcut-list';
import type { ShortcutId } from './shortcut-list';
import type { DesignerStore } from '../store/designer-store';

const APPLE = isApplePlatform();

function run(id: ShortcutId, state: DesignerStore): void {
  switch (id) {
    case 'undo':
      return state.undo();
    case 'redo':
      return state.redo();
    case 'duplicate':
      return state.duplicateSelection();
    case 'delete':
      return state.deleteSelection();
    case 'select-all':
      return state.selectAll();
    case 'find':
      return state.setOverlay('search');
    case 'help':
      return state.setOverlay('shortcuts');
    case 'escape':
      if (state.overlay) return state.setOverlay(null);
      return state.select({ nodes: [], edges: [], notes: [] });
  }
}

/** True when the user is copying text they selected, not canvas elements. */
function hasTextSelection(): boolean {
  const selection = document.getSelection();
  return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
}

/**
 * The designer's keyboard: undo/redo, duplicate, delete, select all, find and the shortcuts
 * sheet, and copy/cut/paste through the system clipboard. Keys typed into a text field stay
 * the field's own. Copy and paste use the clipboard events rather than keydown, because only
 * those may read and write the clipboard without asking the user for permission.
 */
export function useDesignerShortcuts(): void {
  const store = useDesignerStoreApi();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const id = matchShortcut(event, APPLE);
      if (!id) return;
      // A modal dialog (the shortcuts sheet, another part's dialog) owns the keyboard. Escape
      // still clears the designer's overlay, but is left to the dialog too: preventing it would
      // stop the browser from cancelling (closing) the dialog.
      if (document.querySelector('dialog[open]')) {
        if (id === 'escape') run(id, store.getState());
        return;
      }
      event.preventDefault();
      run(id, store.getState());
    };
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (event.defaultPrevented || isTextEntry(event.target) || hasTextSelection()) return;
      const state = store.getState();
      const text = cut ? state.cutSelection() : state.copySelection();
      if (!text || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isTextEntry(event.target)) return;
      const text = event.clipboardData?.getData('text/plain');
      if (!text) return;
      event.preventDefault();
      store.getState().paste(text);
    };
    const copy = (event: ClipboardEvent) => onCopy(event, false);
    const cut = (event: ClipboardEvent) => onCopy(event, true);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);
}
