import { useStore, ViewportPortal } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo, useRef } from 'react';
import type { FlowDocument } from '../../shared/flow';
import { useEdgePaths } from '../canvas/edge-paths';
import { useDesigner } from '../store/designer-context';
import { useTestMarksShown } from '../tests/test-marks-store';
import { failedNodeId } from './failed-node';
import { useOptionalRun } from './run-context';
import { RingMark, TrailChunkPass } from './run-mark-shapes';
import type { Frame } from './run-mark-shapes';
import { marksInputs, runMarks, sameInputs, sameMarks } from './run-marks';
import type { RunMarks } from './run-marks';
import { flowExtent, markBoxes, sameBoxes, sameExtent } from './run-marks-geometry';
import type { Extent } from './run-marks-geometry';
import { shownRun } from './run-store';
import type { RunStore } from './run-store';
import { trailChunks } from './trail-chunks';
import type { TrailPass } from './trail-chunks';

/**
 * The run shown (live or replayed), drawn over the canvas rather than by restyling its nodes and
 * lines: in a big flow every restyle repainted the whole canvas (tests/bench/glow-latency.ts).
 * Two layers, each composited apart (run.css): "now" holds what moves at every event and animates
 * (the ring, halo and tag of the node the call is on, the line flowing into it), so a frame of
 * its animation redraws a few shapes; "trail" holds what accumulates (the lines taken, the nodes
 * reached with their counts, the outputs left by), each in SVGs of a few nodes each
 * (trail-chunks.ts), so an event redraws the one or two it changes. "Now" lies under the trail, so a count stays
 * readable over the ring.
 */
export function RunMarksLayer() {
  const flow = useDesigner((state) => state.flow);
  const flowIndex = useMemo(() => indexFlow(flow), [flow]);
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
  const ports = testMarks.coverage
    ? []
    : marks.ports.flatMap(({ nodeId, port }) => {
        const at = boxes.get(nodeId)?.ports[port];
        return at ? [{ nodeId, key: `${nodeId}:${port}`, ...at, failed: nodeId === failed }] : [];
      });
  const taken = lines.flatMap(({ edgeId, mark }) => {
    const d = paths.get(edgeId);
    const from = flowIndex.edgeSource.get(edgeId);
    return mark === 'taken' && d && from ? [{ edgeId, d, from }] : [];
  });
  const chunks = trailChunks({ nodes: placed, ports }, taken, flowIndex.nodeIndex);
  const size = frame(extent);
  return (
    <ViewportPortal>
      <svg className="run-marks" data-layer="now" aria-hidden="true" {...size}>
        {lines.map(({ edgeId, mark }) => {
          const d = paths.get(edgeId);
          return mark === 'flowing' && d ? (
            <path
              key={edgeId}
              className="run-marks__line"
              data-edge={edgeId}
              data-run={mark}
              d={d}
            />
          ) : null;
        })}
        {placed.map((mark) =>
          mark.state === 'visited' ? null : <RingMark key={mark.nodeId} {...mark} />,
        )}
      </svg>
      <div className="run-marks" data-layer="trail" aria-hidden="true">
        {TRAIL_PASSES.map((pass) =>
          chunks.map((chunk) => (
            <TrailChunkPass key={`${pass}-${chunk.key}`} chunk={chunk} pass={pass} frame={size} />
          )),
        )}
      </div>
    </ViewportPortal>
  );
}

/** Lines under nodes under port rings, as when the trail was one SVG. */
const TRAIL_PASSES: readonly TrailPass[] = ['lines', 'nodes', 'ports'];

/** Where each node stands in the flow's list, and where each line starts: for the trail's chunks. */
function indexFlow(flow: FlowDocument) {
  return {
    nodeIndex: new Map(flow.nodes.map((node, index) => [node.id, index])),
    edgeSource: new Map(flow.edges.map((edge) => [edge.id, edge.from])),
  };
}

/**
 * The size of an SVG from the flow's origin to the far corner of `extent`, in flow coordinates
 * (anything left of or above the origin is still drawn, as it overflows).
 */
const frame = ({ x, y, width, height }: Extent): Frame => ({
  width: Math.max(1, x + width),
  height: Math.max(1, y + height),
});
