import { useShallow } from 'zustand/react/shallow';
import { LegManager } from '../legs/leg-manager';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { Field } from './field';
import { setFlowName } from './node-edits';
import { useDraft } from './use-param-editor';

/** What the inspector shows with nothing selected: the flow itself, its name and its legs. */
export function FlowProperties() {
  const store = useDesignerStoreApi();
  const { name, nodes, edges } = useDesigner(
    useShallow((state) => ({
      name: state.flow.name,
      nodes: state.flow.nodes.length,
      edges: state.flow.edges.length,
    })),
  );
  const draft = useDraft(name, (text) => text === name || text.trim() === '');
  const empty = draft.shown.trim() === '';

  return (
    <div className="inspector__body flow-properties">
      <h2 className="node-form__title">Flow</h2>
      <p className="inspector__placeholder">
        {nodes === 0
          ? 'Start with an Incoming call from the palette, then add what the caller hears.'
          : 'Select a node on the canvas to edit its settings.'}
      </p>
      <Field
        name="flow-name"
        label="Flow name"
        required
        messages={
          empty ? [{ severity: 'error', text: 'The flow needs a name.', missing: false }] : []
        }
      >
        {(ids) => (
          <input
            id={ids.id}
            className="field__input"
            maxLength={200}
            value={draft.shown}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid || undefined}
            aria-required
            onChange={(event) => {
              draft.edit(event.target.value);
              if (event.target.value.trim() !== '') setFlowName(store, event.target.value);
            }}
            onBlur={() => {
              draft.end();
              store.getState().checkpoint();
            }}
          />
        )}
      </Field>
      <p className="inspector__muted">
        {nodes === 1 ? '1 node' : `${nodes} nodes`},{' '}
        {edges === 1 ? '1 connection' : `${edges} connections`}.
      </p>
      <LegManager />
    </div>
  );
}
