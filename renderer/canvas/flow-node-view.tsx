import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { getDefinition } from '../../shared/catalog';
import type { LegflowNode } from './canvas-elements';

/**
 * A node on the canvas: icon, title and a one-line summary of its params, an input on the left
 * (triggers have none) and one labelled output per port of its kind on the right.
 */
export const FlowNodeView = memo(function FlowNodeView({ data }: NodeProps<LegflowNode>) {
  const { flowNode, leg } = data;
  const definition = getDefinition(flowNode.kind);
  if (!definition) {
    return (
      <div className="flow-node flow-node--unknown" data-kind={flowNode.kind}>
        Unknown node kind “{flowNode.kind}”
      </div>
    );
  }
  const summary = definition.summary(flowNode.params);
  const ports = definition.ports(flowNode.params);
  const style = leg ? ({ '--leg-color': leg.color } as CSSProperties) : undefined;

  return (
    <div
      className="flow-node"
      data-kind={flowNode.kind}
      data-category={definition.category}
      style={style}
    >
      {!definition.trigger && <Handle type="target" position={Position.Left} />}
      <div className="flow-node__header">
        <span className="node-icon" aria-hidden="true">
          {definition.icon}
        </span>
        <span className="flow-node__title">{flowNode.label || definition.title}</span>
        {leg && <span className="flow-node__leg">{leg.label}</span>}
      </div>
      {summary && (
        <p className="flow-node__summary" title={summary}>
          {summary}
        </p>
      )}
      <ul className="flow-node__ports">
        {ports.map((port) => (
          <li key={port.name} className="flow-node__port" data-port={port.name}>
            {port.label}
            <Handle type="source" position={Position.Right} id={port.name} title={port.label} />
          </li>
        ))}
      </ul>
    </div>
  );
});
