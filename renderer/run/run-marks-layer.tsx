import { useStore, ViewportPortal } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import { useEdgePaths } from '../canvas/edge-paths';
import { useDesigner } from '../store/designer-context';
import { useTestMarksShown } from '../tests/test-marks-store';
import { failedNodeId } from './failed-node';
import { useOptionalRun } from './run-context';
import { marksInputs, runMarks, sameInputs, sameMarks } from './run-marks';
import type { LineMark, NodeMark, RunMarks } from './run-marks';
import { flowExtent, markBoxes, sameBoxes, sameExtent } from './run-marks-geometry';
import type { Extent, MarkBox } from './run-marks-geometry';
import { shownRun } from './run-store';
import type { RunStore } from './run-store';

/**
 * The run shown (live or replayed), drawn over the canvas rather than by restyling its nodes and
 * lines: in a big flow every restyle repainted the whole canvas (tests/bench/glow-latency.ts).
 * Two SVGs, each composited apart (run.css): "now" holds what moves at every event and animates
 * (the ring, halo and tag of the node the call is on, the line flowing into it), so a frame of
 * its animation redraws a few shapes; "trail" holds what accumulates (the lines taken, the nodes
 * reached with their counts, the outputs left by) and is drawn again once per event. "Now" lies
 * under the trail, so a count stays readable over the ring.
 */
export function RunMarksLayer() {
  const flow = useDesigner((state) => state.flow);
  // Chosen in the run store's selector and kept while equal, so the layer draws again only when
  // a mark changes: most run updates (an event logged, a variable set) move nothing.
  const kept = useRef<{ marks: RunMarks; inputs: readonly unknown[] } | null>(null);
  const selectMarks = useCallback(
    (store: RunStore) => {
      const view = shownRun(store);
      // The fold keeps the parts an update does not touch: an event logged passes here.
      const inputs = [flow, ...marksInputs(view)];
      if (kept.current && sameInputs(kept.current.inputs, inputs)) return kept.current.marks;
      const next = runMarks(view, flow, failedNodeId(view, flow));
      const marks = kept.current && sameMarks(kept.current.marks, next) ? kept.current.marks : next;
      kept.current = { marks, inputs };
      return marks;
    },
    [flow],
  );
  const marks = useOptionalRun(selectMarks);
  const extent = useStore(flowExtent, sameExtent);
  const testMarks = useTestMarksShown();
  const paths = useEdgePaths((state) => state.paths);
  const nodeIds = useMemo(() => marks.nodes.map((mark) => mark.nodeId), [marks]);
  const selectBoxes = useCallback((state: ReactFlowState) => markBoxes(state, nodeIds), [nodeIds]);
  const boxes = useStore(selectBoxes, sameBoxes);
  // A failing test's paths replace the run's marks; coverage replaces its lines and outputs.
  if (testMarks.path || marks.nodes.length === 0) return null;
  const lines = testMarks.coverage ? [] : marks.lines;
  const failed = marks.nodes.find((mark) => mark.state === 'failed')?.nodeId;
  const placed = marks.nodes.flatMap((mark) => {
    const box = boxes.get(mark.nodeId);
    return box ? [{ ...mark, x: box.x, y: box.y, width: box.width, height: box.height }] : [];
  });
  const linePath = ({ edgeId, mark }: LineMark) => {
    const path = paths.get(edgeId);
    return path ? (
      <path key={edgeId} className="run-marks__line" data-edge={edgeId} data-run={mark} d={path} />
    ) : null;
  };
  return (
    <ViewportPortal>
      <svg className="run-marks" data-layer="now" aria-hidden="true" {...frame(extent)}>
        {lines.filter((line) => line.mark === 'flowing').map(linePath)}
        {placed.map((mark) =>
          mark.state === 'visited' ? null : <RingMark key={mark.nodeId} {...mark} />,
        )}
      </svg>
      <svg className="run-marks" data-layer="trail" aria-hidden="true" {...frame(extent)}>
        {lines.filter((line) => line.mark === 'taken').map(linePath)}
        {placed.map((mark) => (
          <TrailMark key={mark.nodeId} {...mark} />
        ))}
        {!testMarks.coverage &&
          marks.ports.map(({ nodeId, port }) => {
            const at = boxes.get(nodeId)?.ports[port];
            return at ? (
              <circle
                key={`${nodeId}:${port}`}
                className="run-marks__port"
                cx={at.x}
                cy={at.y}
                r={9}
                data-failed={nodeId === failed || undefined}
              />
            ) : null;
          })}
      </svg>
    </ViewportPortal>
  );
}

/**
 * An SVG from the flow's origin to the far corner of `extent`, in flow coordinates (anything
 * left of or above the origin is still drawn, as it overflows).
 */
const frame = ({ x, y, width, height }: Extent) => ({
  width: Math.max(1, x + width),
  height: Math.max(1, y + height),
});

type PlacedMark = NodeMark & Pick<MarkBox, 'x' | 'y' | 'width' | 'height'>;

/** A rectangle `by` px outside a node's box, with corners of radius `rx`. */
const around = ({ x, y, width, height }: PlacedMark, by: number, rx: number) => ({
  x: x - by,
  y: y - by,
  width: width + 2 * by,
  height: height + 2 * by,
  rx,
});

/** Tag widths, px: an SVG box cannot size itself to its text, and the words are fixed. */
const TAGS = { active: { text: 'Now', width: 34 }, paused: { text: 'Paused', width: 50 } };
const BADGE_CHAR_WIDTH = 6.6;

/**
 * The node the call is on (or paused before, or failed at): a ring, a halo and a tag. Memoised
 * on plain values, as the trail's marks are: an event changes two nodes' marks, not every one.
 */
const RingMark = memo(function RingMark(mark: PlacedMark) {
  const { x, y } = mark;
  const tag = mark.state === 'active' || mark.state === 'paused' ? TAGS[mark.state] : null;
  const style = mark.legColor ? ({ '--run-ring': mark.legColor } as CSSProperties) : undefined;
  return (
    <g className="run-marks__node" data-node={mark.nodeId} data-state={mark.state} style={style}>
      <rect className="run-marks__halo" {...around(mark, 6, 14)} />
      <rect className="run-marks__ring" {...around(mark, 1.5, 9.5)} />
      {tag && (
        <g className="run-marks__tag">
          <rect x={x + 8} y={y - 10} width={tag.width} height={16} rx={8} />
          <text x={x + 8 + tag.width / 2} y={y - 2}>
            {tag.text}
          </text>
        </g>
      )}
    </g>
  );
});

/** A node the run reached: a tint when it has moved on, and how many times it ran. */
const TrailMark = memo(function TrailMark(mark: PlacedMark) {
  const { x, y, width, height } = mark;
  const count = mark.state === 'failed' ? `${mark.visits}× · failed` : `${mark.visits}×`;
  const countWidth = Math.max(18, count.length * BADGE_CHAR_WIDTH + 10);
  return (
    <g className="run-marks__node" data-node={mark.nodeId} data-state={mark.state}>
      {mark.state === 'visited' && (
        <rect className="run-marks__visited" x={x} y={y} width={width} height={height} rx={8} />
      )}
      {mark.visits > 0 && (
        <g className="run-marks__count">
          <rect x={x + width + 9 - countWidth} y={y - 9} width={countWidth} height={18} rx={9} />
          <text x={x + width + 9 - countWidth / 2} y={y}>
            {count}
          </text>
        </g>
      )}
    </g>
  );
});
