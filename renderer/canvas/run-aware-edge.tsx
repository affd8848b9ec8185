import { BaseEdge, getSmoothStepPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeTestMarks } from '../tests/test-marks-store';
import { useRegisterEdgePath } from './edge-paths';
import { roundedPath, routeBetween, useEdgeRoutes } from './edge-routes';

/**
 * A line of the flow: the route Tidy up found for it while its ends stay where they were, else
 * React Flow's smooth-step line. A run's mark on it is drawn by the run's marks layer
 * (run-marks-layer.tsx, along the path registered here), not by restyling this line: a restyled
 * line repainted the whole canvas at every event, and every line asking the run store for its
 * mark cost a selector per line per update (tests/bench/glow-latency).
 */
export const RunAwareEdge = memo(function RunAwareEdge(props: EdgeProps) {
  // The tests' coverage and a failing test's paths (tests.css), read the same way.
  const testMarks = useEdgeTestMarks(props.source, props.sourceHandleId ?? '', props.target);
  const stored = useEdgeRoutes((state) => state.routes.get(props.id));
  const source = { x: props.sourceX, y: props.sourceY };
  const target = { x: props.targetX, y: props.targetY };
  const route = routeBetween(stored, source, target);
  const path = route
    ? roundedPath(route, source, target)
    : getSmoothStepPath({
        sourceX: props.sourceX,
        sourceY: props.sourceY,
        sourcePosition: props.sourcePosition,
        targetX: props.targetX,
        targetY: props.targetY,
        targetPosition: props.targetPosition,
      })[0];
  // The run's marks layer draws a taken line along the same path, over this one.
  useRegisterEdgePath(props.id, path);
  return (
    <BaseEdge
      id={props.id}
      path={path}
      style={props.style}
      {...(props.markerEnd !== undefined && { markerEnd: props.markerEnd })}
      {...(props.markerStart !== undefined && { markerStart: props.markerStart })}
      {...(props.interactionWidth !== undefined && { interactionWidth: props.interactionWidth })}
      {...testMarks}
    />
  );
});
