import { BaseEdge, getSmoothStepPath } from '@xyflow/react';
import type { EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useEdgeRunMark } from '../run/edge-run-mark';

/**
 * A line of the flow: React Flow's smooth-step line, carrying the run's mark (`data-run`) on its
 * path. Each line asks the run store for its own mark, so a run update re-renders the one or two
 * lines it changed, not the canvas, and no style sheet is rewritten (which would make the browser
 * restyle every element on the canvas at each event).
 */
export const RunAwareEdge = memo(function RunAwareEdge(props: EdgeProps) {
  const mark = useEdgeRunMark(props.source, props.sourceHandleId ?? '', props.target);
  const [path] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    sourcePosition: props.sourcePosition,
    targetX: props.targetX,
    targetY: props.targetY,
    targetPosition: props.targetPosition,
  });
  return (
    <BaseEdge
      id={props.id}
      path={path}
      style={props.style}
      {...(props.markerEnd !== undefined && { markerEnd: props.markerEnd })}
      {...(props.markerStart !== undefined && { markerStart: props.markerStart })}
      {...(props.interactionWidth !== undefined && { interactionWidth: props.interactionWidth })}
      data-run={mark}
    />
  );
});
