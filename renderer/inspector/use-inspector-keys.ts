import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import type { StoreApi } from 'zustand';
import type { DesignerStore } from '../store/designer-store';

const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'color',
  'button',
  'submit',
  'reset',
  'range',
]);

/** Whether keys typed into `target` are text: there the field, not the canvas, owns the keys. */
export function isTextEntry(target: EventTarget | null): target is HTMLElement {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** Keys that move or edit within a field. Function keys (F5, F9) are not among them. */
const EDITING_KEYS = new Set([
  'Backspace',
  'Delete',
  'Enter',
  'Escape',
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** Chords a text field uses itself: select all, copy, cut, paste, undo, redo. */
const TEXT_CHORDS = new Set(['a', 'c', 'v', 'x', 'z', 'y']);

/**
 * Keyboard handling for the inspector, whose root carries `data-keyboard-scope="form"`.
 *
 * - In a text field, typing and text-editing chords stop here, so canvas shortcuts (Delete,
 *   Ctrl+A, Ctrl+C, `?`) never act on the flow while someone types. Other chords (Ctrl+S, F5)
 *   pass on to the app. Escape leaves the field, so Ctrl+Z then undoes the whole edit.
 * - Elsewhere in the inspector (a button, a checkbox, a select), Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z
 *   (or Ctrl+Y) undo and redo the flow.
 */
export function useInspectorKeys(store: StoreApi<DesignerStore>) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const chord = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (isTextEntry(event.target)) {
        if (event.key === 'Escape') {
          event.target.blur();
          event.currentTarget.focus();
        }
        const typing = !chord && (event.key.length === 1 || EDITING_KEYS.has(event.key));
        if (typing || (chord && TEXT_CHORDS.has(key))) event.stopPropagation();
        return;
      }
      if (!chord || event.altKey || (key !== 'z' && key !== 'y')) return;
      event.preventDefault();
      event.stopPropagation();
      if (key === 'y' || event.shiftKey) store.getState().redo();
      else store.getState().undo();
    },
    [store],
  );
}
