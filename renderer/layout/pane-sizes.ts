/** The panes around the canvas that can be resized and collapsed. */
export type PaneId = 'palette' | 'inspector' | 'dock';

/** One pane's size in CSS pixels (its width, or the dock panel's height) and whether it is shut. */
export interface PaneSize {
  size: number;
  collapsed: boolean;
}

export type PaneLayout = Record<PaneId, PaneSize>;

/** Each pane's limits and its size on a first start. */
export const PANE_LIMITS: Readonly<Record<PaneId, { min: number; max: number; initial: number }>> =
  {
    palette: { min: 180, max: 420, initial: 248 },
    inspector: { min: 260, max: 600, initial: 320 },
    // Tall enough that the virtual phone's keypad (down to its `* 0 #` row) and Who answers show
    // whole, at 1280×800 as at 1440×900 (tests/e2e/look-and-fonts.spec.ts).
    dock: { min: 120, max: 600, initial: 212 },
  };

export const PANE_IDS: readonly PaneId[] = ['palette', 'inspector', 'dock'];

/** The ids the panes carry, so each resize handle can name the pane it controls. */
export const PANE_ELEMENT_IDS = {
  palette: 'palette-pane',
  inspector: 'inspector-pane',
  dock: 'dock-panel',
} as const;

/** Where the layout is remembered between sessions, beside the theme (`legflow.theme`). */
export const PANES_STORAGE_KEY = 'legflow.panes';

/** A size within the pane's limits, in whole pixels. */
export function clampPaneSize(pane: PaneId, size: number): number {
  const { min, max } = PANE_LIMITS[pane];
  return Math.round(Math.min(max, Math.max(min, size)));
}

export function defaultPaneLayout(): PaneLayout {
  return {
    palette: { size: PANE_LIMITS.palette.initial, collapsed: false },
    inspector: { size: PANE_LIMITS.inspector.initial, collapsed: false },
    dock: { size: PANE_LIMITS.dock.initial, collapsed: false },
  };
}

/** The remembered layout, pane by pane; anything missing or malformed is the default. */
export function readPaneLayout(storage: Pick<Storage, 'getItem'> | undefined): PaneLayout {
  const layout = defaultPaneLayout();
  let saved: unknown;
  try {
    saved = JSON.parse(storage?.getItem(PANES_STORAGE_KEY) ?? 'null');
  } catch {
    // Storage switched off, or text that is not JSON: the defaults.
    return layout;
  }
  if (typeof saved !== 'object' || saved === null) return layout;
  for (const pane of PANE_IDS) {
    const entry = (saved as Record<string, unknown>)[pane];
    if (typeof entry !== 'object' || entry === null) continue;
    const { size, collapsed } = entry as Record<string, unknown>;
    if (typeof size === 'number' && Number.isFinite(size)) {
      layout[pane].size = clampPaneSize(pane, size);
    }
    if (typeof collapsed === 'boolean') layout[pane].collapsed = collapsed;
  }
  return layout;
}

export function writePaneLayout(storage: Pick<Storage, 'setItem'> | undefined, layout: PaneLayout) {
  try {
    storage?.setItem(PANES_STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // Not remembered, but the panes still resize for this session.
  }
}
