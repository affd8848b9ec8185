import { useDesignerStoreApi } from '../store/designer-context';
import { Field } from './field';
import { setNodeLabel } from './node-edits';

/** The node's own name, shown on the canvas instead of its kind's title. */
export function LabelField({
  nodeId,
  label,
  title,
}: {
  nodeId: string;
  label: string;
  title: string;
}) {
  const store = useDesignerStoreApi();
  return (
    <Field name="label" label="Name on canvas" help="A few words that say what this step is for.">
      {(ids) => (
        <input
          id={ids.id}
          className="field__input"
          autoComplete="off"
          maxLength={120}
          placeholder={title}
          value={label}
          aria-describedby={ids.describedBy}
          onChange={(event) => setNodeLabel(store, nodeId, event.target.value)}
          onBlur={() => store.getState().checkpoint()}
        />
      )}
    </Field>
  );
}
