import '../styles/form-fields.css';
import '../styles/run-preview.css';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PANE_ELEMENT_IDS } from '../layout/pane-sizes';
import type { DesignerState } from '../store/designer-store';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { FlowProperties } from './flow-properties';
import { NodeForm } from './node-form';
import { SelectionSummary } from './selection-summary';
import { useInspectorKeys } from './use-inspector-keys';

/** The selected node ids that still exist; a removed node may linger in the selection briefly. */
function selectedIds(state: DesignerState): readonly string[] {
  const ids = state.selectedNodeIds;
  return ids.every((id) => state.flow.nodes.some((node) => node.id === id))
    ? ids
    : ids.filter((id) => state.flow.nodes.some((node) => node.id === id));
}

/**
 * The right pane: the form of the selected node, a summary of several, or with nothing selected
 * the flow's own properties. Keys typed in its fields stay out of the canvas's shortcuts.
 */
export function Inspector() {
  const store = useDesignerStoreApi();
  const ids = useDesigner(useShallow(selectedIds));
  const onKeyDown = useInspectorKeys(store);
  // Kept here, so folding the preview away holds while moving from node to node.
  const [previewOpen, setPreviewOpen] = useState(true);
  const [only] = ids;

  return (
    <aside
      id={PANE_ELEMENT_IDS.inspector}
      className="pane inspector"
      aria-label="Inspector"
      data-keyboard-scope="form"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {ids.length > 1 ? (
        <SelectionSummary ids={ids} />
      ) : only ? (
        <NodeForm
          key={only}
          nodeId={only}
          previewOpen={previewOpen}
          onPreviewToggle={setPreviewOpen}
        />
      ) : (
        <FlowProperties />
      )}
    </aside>
  );
}
