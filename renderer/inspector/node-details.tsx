import type { NodeDefinition } from '../../shared/catalog';
import type { FlowLeg, FlowNode } from '../../shared/flow/flow-document';
import { ParamList } from './param-list';

interface NodeDetailsProps {
  node: FlowNode;
  definition: NodeDefinition;
  leg: FlowLeg | undefined;
}

/** What the inspector shows for one node: what it is, what it does, its settings and outputs. */
export function NodeDetails({ node, definition, leg }: NodeDetailsProps) {
  const ports = definition.ports(node.params);
  return (
    <div className="node-details" data-kind={node.kind} data-category={definition.category}>
      <header className="node-details__header">
        <span className="node-icon node-icon--large" aria-hidden="true">
          {definition.icon}
        </span>
        <div>
          <h2 className="node-details__title">{definition.title}</h2>
          <p className="node-details__meta">
            {definition.category}
            {node.label !== definition.title && ` · “${node.label}”`}
          </p>
        </div>
      </header>
      <p className="node-details__help">{definition.help}</p>
      {definition.usesLeg && (
        <p className="node-details__leg">
          Acts on <strong>{leg?.label ?? 'no leg yet'}</strong>
        </p>
      )}
      <h3 className="inspector__section">Settings</h3>
      <ParamList specs={definition.params} params={node.params} />
      <h3 className="inspector__section">Outputs</h3>
      <ul className="port-list">
        {ports.map((port) => (
          <li key={port.name}>{port.label}</li>
        ))}
      </ul>
    </div>
  );
}
