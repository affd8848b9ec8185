import { useShallow } from 'zustand/react/shallow';
import { getDefinition } from '../../shared/catalog';
import type { PortSpec } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow';
import { useDesigner } from '../store/designer-context';

/** The name of the node each port leads to, or null where the port is not connected. */
function portTargets(flow: FlowDocument, nodeId: string, ports: readonly PortSpec[]) {
  const edges = flow.edges.filter((edge) => edge.from === nodeId);
  return ports.map((port) => {
    const edge = edges.find((candidate) => candidate.port === port.name);
    const target = edge && flow.nodes.find((node) => node.id === edge.to);
    if (!target) return null;
    return target.label || getDefinition(target.kind)?.title || target.id;
  });
}

/** The node's outputs, from its kind and params, and where each one leads. */
export function OutputsList({ nodeId, ports }: { nodeId: string; ports: readonly PortSpec[] }) {
  const targets = useDesigner(useShallow((state) => portTargets(state.flow, nodeId, ports)));
  if (ports.length === 0) {
    return <p className="inspector__muted">This node ends the flow: it has no outputs.</p>;
  }
  return (
    <ul className="outputs">
      {ports.map((port, index) => (
        <li key={port.name} className="outputs__item" data-port={port.name}>
          <span className="outputs__port">{port.label}</span>
          <span className="outputs__target" data-open={targets[index] ? undefined : ''}>
            {targets[index]
              ? `→ ${targets[index]}`
              : port.required
                ? 'not connected yet'
                : 'optional'}
          </span>
        </li>
      ))}
    </ul>
  );
}
