import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { getDefinition } from '../../shared/catalog';
import type { FlowDocument } from '../../shared/flow';
import { NodeIcon } from '../icons/node-icons';
import { useDesigner } from '../store/designer-context';
import { groupNodeProblems } from './field-problems';
import { LabelField } from './label-field';
import { LegField } from './leg-field';
import { NodeNotes } from './node-notes';
import { OutputsList } from './outputs-list';
import { ParamField } from './param-field';
import { PreviewDock } from './preview-dock';
import { useNodeProblems } from './use-node-problems';

/** The parts of a node the form shows; not its position, so dragging it does not re-render. */
function editableNode(flow: FlowDocument, nodeId: string) {
  const node = flow.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return undefined;
  const { id, kind, leg, label, params } = node;
  return { id, kind, leg, label, params };
}

interface NodeFormProps {
  nodeId: string;
  previewOpen: boolean;
  onPreviewToggle(open: boolean): void;
}

/** The form of one node, generated from its kind's catalog definition. */
export function NodeForm({ nodeId, previewOpen, onPreviewToggle }: NodeFormProps) {
  const node = useDesigner(useShallow((state) => editableNode(state.flow, nodeId)));
  const legs = useDesigner((state) => state.flow.legs);
  const problems = useNodeProblems(useMemo(() => [nodeId], [nodeId]));
  const definition = node && getDefinition(node.kind);
  const groups = useMemo(
    () =>
      groupNodeProblems(
        problems,
        { id: nodeId, name: node?.label || definition?.title || '' },
        definition?.params ?? [],
      ),
    [problems, nodeId, node?.label, definition],
  );
  if (!node || !definition) return null;
  const ports = definition.ports(node.params);

  return (
    <div className="node-form" data-kind={node.kind} data-category={definition.category}>
      <div className="inspector__body">
        <header className="node-form__header">
          <NodeIcon kind={node.kind} large />
          <div>
            <h2 className="node-form__title">{definition.title}</h2>
            <p className="node-form__category">{definition.category}</p>
          </div>
        </header>
        <p className="node-form__help">{definition.help}</p>
        <NodeNotes messages={groups.node} />
        <LabelField nodeId={nodeId} label={node.label} title={definition.title} />
        {definition.usesLeg && (
          <LegField
            nodeId={nodeId}
            leg={node.leg}
            legs={legs}
            definition={definition}
            messages={groups.leg}
          />
        )}
        {definition.params.length > 0 && (
          <section aria-label="Settings">
            <h3 className="inspector__section">Settings</h3>
            {definition.params.map((spec) => (
              <ParamField
                key={spec.name}
                nodeId={nodeId}
                spec={spec}
                value={node.params[spec.name]}
                messages={groups.params.get(spec.name)}
                legs={legs}
              />
            ))}
          </section>
        )}
        <section aria-label="Outputs">
          <h3 className="inspector__section">Outputs</h3>
          <OutputsList nodeId={nodeId} ports={ports} />
        </section>
      </div>
      <PreviewDock node={node} legs={legs} open={previewOpen} onToggle={onPreviewToggle} />
    </div>
  );
}
