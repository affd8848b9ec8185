import type { ShortcutId } from './shortcut-list';

/** The parts of a keyboard event a shortcut depends on. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The designer command a key press means, or null. `Mod` is ⌘ on Apple platforms and Ctrl
 * elsewhere, as in VS Code; Ctrl+Y redoes on every platform because Windows users expect it.
 */
export function matchShortcut(press: KeyPress, apple: boolean): ShortcutId | null {
  const mod = apple ? press.metaKey : press.ctrlKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (press.altKey) return null;
  if (mod) {
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (press.shiftKey) return null;
    if (key === 'y') return 'redo';
    if (key === 'd') return 'duplicate';
    if (key === 'a') return 'select-all';
    if (key === 'f') return 'find';
    return null;
  }
  if (press.ctrlKey || press.metaKey) return null;
  if (key === 'Delete' || key === 'Backspace') return 'delete';
  if (key === 'Escape') return 'escape';
  if (key === '?') return 'help';
  return null;
}
