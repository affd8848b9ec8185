import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { getDefinition } from '../../shared/catalog';
import type { NodeDefinition } from '../../shared/catalog';
import { NodeIcon } from '../icons/node-icons';
import type { LegflowNode } from './canvas-elements';
import { useNodeRunProps } from '../run/use-node-run-props';
import { NodeCountdown } from '../run/node-countdown';
import { useNodeTestMarks } from '../tests/test-marks-store';
import type { CoverageMark } from '../tests/test-marks';
import { nodeWidth } from './node-width';
import { ProblemBadgeView } from './problem-badge-view';

/**
 * A node on the canvas: icon, title (or the user's label), leg, a one-line summary of its params,
 * its problems, an input on its top edge (triggers have none) and one labelled output per port of
 * its kind along its bottom edge, in port order. Flows read top to bottom (see auto-layout.ts), so
 * every line leaves downwards and enters from above. Memoised: it re-renders only when its own
 * element object changes.
 */
export const FlowNodeView = memo(function FlowNodeView({ data }: NodeProps<LegflowNode>) {
  const { flowNode, leg, badge } = data;
  // The run's state (issue 7) comes from the run store, so a run never rebuilds canvas elements.
  const run = useNodeRunProps(flowNode.id);
  // What the flow's tests cover of it, and a failing test's paths (tests.css).
  const tests = useNodeTestMarks(flowNode.id);
  const definition = getDefinition(flowNode.kind);
  if (!definition) {
    return (
      <div className="flow-node flow-node--unknown" data-kind={flowNode.kind}>
        Unknown node kind “{flowNode.kind}”
      </div>
    );
  }
  const style = {
    width: nodeWidth(definition.ports(flowNode.params).length),
    ...(leg && ({ '--leg-color': leg.color } as CSSProperties)),
  };

  return (
    <div
      className="flow-node"
      data-kind={flowNode.kind}
      data-category={definition.category}
      data-severity={badge?.severity}
      style={style}
      {...run.attributes}
      {...tests.attributes}
    >
      <NodeBody
        data={data}
        definition={definition}
        takenPorts={run.takenPorts}
        coveragePorts={tests.ports}
      />
      <NodeCountdown waiting={run.waiting} />
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
  coveragePorts,
}: {
  data: LegflowNode['data'];
  definition: NodeDefinition;
  takenPorts: readonly string[];
  coveragePorts?: Readonly<Record<string, CoverageMark>> | undefined;
}) {
  const summary = definition.summary(flowNode.params);
  const ports = definition.ports(flowNode.params);
  return (
    <>
      {!definition.trigger && <Handle type="target" position={Position.Top} />}
      {/* Issue 7 wires breakpoints; the dot keeps its place so nodes do not change size then. */}
      <span className="flow-node__breakpoint" data-breakpoint="off" aria-hidden="true" />
      <div className="flow-node__header">
        <NodeIcon kind={flowNode.kind} />
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
            data-coverage={coveragePorts?.[port.name]}
          >
            <span className="flow-node__port-label">{port.label}</span>
            <Handle type="source" position={Position.Bottom} id={port.name} title={port.label} />
          </li>
        ))}
      </ul>
    </>
  );
});
