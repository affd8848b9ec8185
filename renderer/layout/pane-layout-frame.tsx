import type { CSSProperties, ReactNode } from 'react';
import { usePaneLayout } from './pane-layout-store';
import { PaneResizer } from './pane-resizer';
import { PANE_ELEMENT_IDS } from './pane-sizes';

/**
 * The window's grid (title bar over palette, canvas and inspector, the dock under the canvas),
 * sized from the remembered pane layout, with a resize handle on each pane's inner edge.
 */
export function PaneLayoutFrame({ children }: { children: ReactNode }) {
  const { palette, inspector, dock } = usePaneLayout();
  const style = {
    '--palette-size': `${palette.size}px`,
    '--inspector-size': `${inspector.size}px`,
    '--dock-size': `${dock.size}px`,
  } as CSSProperties;
  return (
    <div
      className="app"
      style={style}
      data-palette={palette.collapsed ? 'collapsed' : 'open'}
      data-inspector={inspector.collapsed ? 'collapsed' : 'open'}
      data-dock={dock.collapsed ? 'collapsed' : 'open'}
    >
      {children}
      <PaneResizer pane="palette" controls={PANE_ELEMENT_IDS.palette} />
      <PaneResizer pane="inspector" controls={PANE_ELEMENT_IDS.inspector} />
      {!dock.collapsed && <PaneResizer pane="dock" controls={PANE_ELEMENT_IDS.dock} />}
    </div>
  );
}
