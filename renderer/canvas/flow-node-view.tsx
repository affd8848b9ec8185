import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { getDefinition } from '../../shared/catalog';
import type { NodeDefinition } from '../../shared/catalog';
import type { LegflowNode } from './canvas-elements';
import { useNodeRunProps } from '../run/use-node-run-props';
import { ProblemBadgeView } from './problem-badge-view';

/**
 * A node on the canvas: icon, title (or the user's label), leg, a one-line summary of its params,
 * its problems, an input on the left (triggers have none) and one labelled output per port of its
 * kind on the right. Memoised: it re-renders only when its own element object changes.
 */
export const FlowNodeView = memo(function FlowNodeView({ data }: NodeProps<LegflowNode>) {
  const { flowNode, leg, badge } = data;
  // The run's state (issue 7) comes from the run store, so a run never rebuilds canvas elements.
  const run = useNodeRunProps(flowNode.id);
  const definition = getDefinition(flowNode.kind);
  if (!definition) {
    return (
      <div className="flow-node flow-node--unknown" data-kind={flowNode.kind}>
        Unknown node kind “{flowNode.kind}”
      </div>
    );
  }
  const style = {
    ...(leg && ({ '--leg-color': leg.color } as CSSProperties)),
    ...run.glowStyle,
  };

  return (
    <div
      className="flow-node"
      data-kind={flowNode.kind}
      data-category={definition.category}
      data-severity={badge?.severity}
      style={style}
      {...run.attributes}
    >
      <NodeBody data={data} definition={definition} takenPorts={run.takenPorts} />
    </div>
  );
});

/**
 * What is inside a node. Its own memo: as a run moves on, a node's glow and visit count change
 * many times a second, and only its frame needs drawing again, not its ports and their handles.
 */
const NodeBody = memo(function NodeBody({
  data: { flowNode, leg, badge },
  definition,
  takenPorts,
}: {
  data: LegflowNode['data'];
  definition: NodeDefinition;
  takenPorts: readonly string[];
}) {
  const summary = definition.summary(flowNode.params);
  const ports = definition.ports(flowNode.params);
  return (
    <>
      {!definition.trigger && <Handle type="target" position={Position.Left} />}
      {/* Issue 7 wires breakpoints; the dot keeps its place so nodes do not change size then. */}
      <span className="flow-node__breakpoint" data-breakpoint="off" aria-hidden="true" />
      <div className="flow-node__header">
        <span className="node-icon" aria-hidden="true">
          {definition.icon}
        </span>
        <span className="flow-node__title">{flowNode.label || definition.title}</span>
        {badge && <ProblemBadgeView badge={badge} />}
      </div>
      {(summary || leg) && (
        <p className="flow-node__summary" title={summary || undefined}>
          {leg && <span className="flow-node__leg">{leg.label}</span>}
          {summary}
        </p>
      )}
      <ul className="flow-node__ports">
        {ports.map((port) => (
          <li
            key={port.name}
            className="flow-node__port"
            data-port={port.name}
            data-taken={takenPorts.includes(port.name) || undefined}
          >
            {port.label}
            <Handle type="source" position={Position.Right} id={port.name} title={port.label} />
          </li>
        ))}
      </ul>
    </>
  );
});
