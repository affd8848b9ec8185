import { useReactFlow, useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { PointerEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTheme } from '../theme/theme-store';
import type { CanvasNode } from './canvas-elements';
import { flowPointAt, minimapScale, nodesBounds, visibleFlowRect } from './minimap-geometry';
import type { MinimapScale } from './minimap-geometry';

const SIZE = { width: 180, height: 120 };

const viewSelector = (state: ReactFlowState) => ({
  transform: state.transform,
  width: state.width,
  height: state.height,
});

interface Palette {
  plain: string;
  note: string;
  selected: string;
}

/** The theme's colours for the minimap, read from CSS once per theme rather than every draw. */
function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const colour = (name: string) => style.getPropertyValue(name).trim();
  return {
    plain: colour('--minimap-node'),
    note: colour('--note-border'),
    selected: colour('--selected'),
  };
}

/** Draws every node as a small box: notes in note colour, nodes in their leg's colour. */
function draw(
  canvas: HTMLCanvasElement,
  nodes: readonly CanvasNode[],
  map: MinimapScale,
  { plain, note, selected }: Palette,
) {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== SIZE.width * ratio) {
    canvas.width = SIZE.width * ratio;
    canvas.height = SIZE.height * ratio;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, SIZE.width, SIZE.height);
  for (const node of nodes) {
    context.fillStyle = node.selected
      ? selected
      : node.type === 'note'
        ? note
        : (node.data.leg?.color ?? plain);
    context.fillRect(
      map.offsetX + node.position.x * map.scale,
      map.offsetY + node.position.y * map.scale,
      Math.max((node.measured?.width ?? 220) * map.scale, 1),
      Math.max((node.measured?.height ?? 120) * map.scale, 1),
    );
  }
}

/**
 * An overview of the whole flow with the part in view outlined; press or drag on it to move the
 * view there. Nodes are drawn on a <canvas> only when they change, and panning only moves the
 * outline, so a 1,000-node flow pans as smoothly as an empty one (React Flow's SVG minimap
 * redraws every node on every frame of a pan).
 */
export function FlowMinimap() {
  const nodes = useStore((state) => state.nodes) as CanvasNode[];
  const view = useStore(useShallow(viewSelector));
  const theme = useTheme();
  const { setCenter, getZoom } = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const bounds = useMemo(() => nodesBounds(nodes), [nodes]);
  const map = useMemo(() => bounds && minimapScale(bounds, SIZE), [bounds]);

  const palette = useRef<{ theme: string; colours: Palette } | null>(null);
  const latest = useRef({ nodes, map });
  latest.current = { nodes, map };
  const frame = useRef(0);

  // At most one draw a frame: opening a big flow changes the nodes many times before it paints.
  useEffect(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const element = canvas.current;
      const { nodes: current, map: scale } = latest.current;
      if (!element || !scale) return;
      if (palette.current?.theme !== theme) {
        palette.current = { theme, colours: readPalette(element) };
      }
      draw(element, current, scale, palette.current.colours);
    });
  }, [nodes, map, theme]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  if (!map) return null;
  const visible = visibleFlowRect(view.transform, view);
  const outline = {
    transform: `translate(${map.offsetX + visible.x * map.scale}px, ${map.offsetY + visible.y * map.scale}px)`,
    width: visible.width * map.scale,
    height: visible.height * map.scale,
  };
  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const point = flowPointAt(map, { x: event.clientX - box.left, y: event.clientY - box.top });
    void setCenter(point.x, point.y, { zoom: getZoom() });
  };

  return (
    <div
      className="flow-minimap"
      role="img"
      aria-label="Minimap"
      style={SIZE}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
    >
      <canvas ref={canvas} className="flow-minimap__nodes" style={SIZE} />
      <div className="flow-minimap__view" style={outline} />
    </div>
  );
}
