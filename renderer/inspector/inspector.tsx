import { getDefinition } from '../../shared/catalog';
import type { DesignerState } from '../store/designer-store';
import { useDesigner } from '../store/designer-context';
import { NodeDetails } from './node-details';

function selectedNode(state: DesignerState) {
  const [id, ...others] = state.selectedNodeIds;
  return id && others.length === 0 ? state.flow.nodes.find((node) => node.id === id) : undefined;
}

/** The right pane: details of the selected node. */
export function Inspector() {
  const node = useDesigner(selectedNode);
  const selectedCount = useDesigner((state) => state.selectedNodeIds.length);
  const leg = useDesigner((state) =>
    state.flow.legs.find((candidate) => candidate.id === node?.leg),
  );
  const definition = node && getDefinition(node.kind);

  return (
    <aside className="pane inspector" aria-label="Inspector">
      {node && definition ? (
        <NodeDetails node={node} definition={definition} leg={leg} />
      ) : (
        <p className="inspector__placeholder">
          {selectedCount > 1
            ? `${selectedCount} nodes selected. Select one to see its details.`
            : 'Select a node on the canvas to see what it does and how it is set up.'}
        </p>
      )}
    </aside>
  );
}
