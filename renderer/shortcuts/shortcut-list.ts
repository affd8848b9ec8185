/** The keyboard commands the designer handles itself (see use-designer-shortcuts.ts). */
export type ShortcutId =
  'undo' | 'redo' | 'duplicate' | 'delete' | 'select-all' | 'find' | 'help' | 'escape';

/** One row of the shortcuts sheet. `Mod` is shown as ⌘ on a Mac and Ctrl elsewhere. */
export interface ShortcutRow {
  keys: string[][];
  does: string;
}

/** The shortcuts sheet, by group. Other parts of the app add their rows here. */
export const SHORTCUT_SHEET: { group: string; rows: ShortcutRow[] }[] = [
  {
    group: 'Editing',
    rows: [
      { keys: [['Mod', 'Z']], does: 'Undo' },
      {
        keys: [
          ['Mod', 'Shift', 'Z'],
          ['Mod', 'Y'],
        ],
        does: 'Redo',
      },
      { keys: [['Mod', 'C']], does: 'Copy the selection (paste it into any flow)' },
      { keys: [['Mod', 'X']], does: 'Cut the selection' },
      { keys: [['Mod', 'V']], does: 'Paste' },
      { keys: [['Mod', 'D']], does: 'Duplicate the selection' },
      { keys: [['Delete'], ['Backspace']], does: 'Delete the selection' },
    ],
  },
  {
    group: 'Selecting and moving',
    rows: [
      { keys: [['Mod', 'A']], does: 'Select everything' },
      { keys: [['Shift', 'Click']], does: 'Add a node to the selection' },
      { keys: [['Shift', 'Drag']], does: 'Select the nodes in a box' },
      { keys: [['Arrow keys']], does: 'Move the selected nodes' },
      { keys: [['Esc']], does: 'Clear the selection or close a box' },
    ],
  },
  {
    group: 'Running and debugging',
    rows: [
      { keys: [['F5']], does: 'Run the flow, or continue a paused run' },
      { keys: [['F10']], does: 'Run one node' },
      { keys: [['Shift', 'F5']], does: 'Stop the run and hang up its calls' },
      { keys: [['F9']], does: 'Set or clear a breakpoint on the selected nodes' },
    ],
  },
  {
    group: 'Finding and help',
    rows: [
      { keys: [['Mod', 'F']], does: 'Find a node by name or text' },
      { keys: [['?']], does: 'Show this sheet' },
    ],
  },
];

/** True on Apple platforms, where ⌘ takes the place of Ctrl. */
export function isApplePlatform(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

/** How a key is written on this platform. */
export function keyLabel(key: string, apple: boolean): string {
  if (key === 'Mod') return apple ? '⌘' : 'Ctrl';
  if (key === 'Shift' && apple) return '⇧';
  return key;
}
