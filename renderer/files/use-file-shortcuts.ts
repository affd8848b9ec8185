import { useEffect } from 'react';
import { isApplePlatform } from '../shortcuts/shortcut-list';
import type { FileActions } from './file-actions-context';

/** Which file action a key press means: Mod+S, Mod+Shift+S, Mod+O (Mod is ⌘ on a Mac). */
export function matchFileShortcut(
  press: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  apple: boolean,
): 'save' | 'saveAs' | 'open' | null {
  const mod = apple ? press.metaKey : press.ctrlKey;
  if (!mod || press.altKey) return null;
  const key = press.key.toLowerCase();
  if (key === 's') return press.shiftKey ? 'saveAs' : 'save';
  if (key === 'o' && !press.shiftKey) return 'open';
  return null;
}

/**
 * The file shortcuts, on the whole window (they work while typing in a form too, as in any
 * editor). The browser's own Save page / Open file never appear; while a dialog is open the
 * keys do nothing.
 */
export function useFileShortcuts(actions: FileActions): void {
  useEffect(() => {
    const apple = isApplePlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      const action = matchFileShortcut(event, apple);
      if (!action) return;
      event.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      void actions[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
