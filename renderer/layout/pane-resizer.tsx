import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { paneSizeNow, resizePane, setPaneCollapsed, usePaneSize } from './pane-layout-store';
import { PANE_LIMITS } from './pane-sizes';
import type { PaneId } from './pane-sizes';

/** Which way a drag or an arrow key grows each pane: the palette rightwards, the dock upwards. */
const GROWS: Record<PaneId, { axis: 'x' | 'y'; sign: 1 | -1; grow: string; shrink: string }> = {
  palette: { axis: 'x', sign: 1, grow: 'ArrowRight', shrink: 'ArrowLeft' },
  inspector: { axis: 'x', sign: -1, grow: 'ArrowLeft', shrink: 'ArrowRight' },
  dock: { axis: 'y', sign: -1, grow: 'ArrowUp', shrink: 'ArrowDown' },
};

const NAMES: Record<PaneId, string> = { palette: 'palette', inspector: 'inspector', dock: 'dock' };

/** Arrow keys move an edge this far; with Shift, four times as far. */
const KEY_STEP = 16;
/** A drag this far past a pane's smallest size collapses it, as in VS Code. */
const COLLAPSE_SLACK = 64;

interface Drag {
  pointerId: number;
  start: number;
  size: number;
  moved: boolean;
}

/**
 * The edge between a pane and the canvas: drag it to resize the pane, drag it past the pane's
 * smallest size to collapse it, double-click for the pane's first size. A window splitter for
 * the keyboard too (WAI-ARIA): arrows resize, Home and End go to the limits, Enter collapses
 * and opens. Sizes are remembered (pane-layout-store.ts).
 */
export function PaneResizer({ pane, controls }: { pane: PaneId; controls: string }) {
  const { size, collapsed } = usePaneSize(pane);
  const drag = useRef<Drag | null>(null);
  const { axis, sign, grow, shrink } = GROWS[pane];
  const { min, max, initial } = PANE_LIMITS[pane];

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = {
      pointerId: event.pointerId,
      start: axis === 'x' ? event.clientX : event.clientY,
      size: collapsed ? 0 : paneSizeNow(pane).size,
      moved: false,
    };
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const delta = ((axis === 'x' ? event.clientX : event.clientY) - current.start) * sign;
    if (Math.abs(delta) < 3 && !current.moved) return;
    current.moved = true;
    const wanted = current.size + delta;
    if (wanted < min - COLLAPSE_SLACK) setPaneCollapsed(pane, true);
    else resizePane(pane, wanted);
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drag.current = null;
    // A click on a collapsed pane's edge opens it again.
    if (!current.moved && collapsed) setPaneCollapsed(pane, false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
    const keys: Record<string, () => void> = {
      [grow]: () => resizePane(pane, (collapsed ? min - step : size) + step),
      [shrink]: () => (collapsed ? undefined : resizePane(pane, size - step)),
      Home: () => resizePane(pane, min),
      End: () => resizePane(pane, max),
      Enter: () => setPaneCollapsed(pane, !collapsed),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div
      role="separator"
      className={`pane-resizer pane-resizer--${pane}`}
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={`Resize the ${NAMES[pane]}`}
      aria-controls={controls}
      aria-valuenow={collapsed ? 0 : size}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuetext={collapsed ? `${NAMES[pane]} collapsed` : `${size} pixels`}
      data-collapsed={collapsed}
      tabIndex={0}
      title={
        collapsed
          ? `Click or drag to open the ${NAMES[pane]}`
          : `Drag to resize the ${NAMES[pane]}; double-click for its first size; Enter collapses it`
      }
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => (drag.current = null)}
      onDoubleClick={() => resizePane(pane, initial)}
      onKeyDown={onKeyDown}
    />
  );
}
