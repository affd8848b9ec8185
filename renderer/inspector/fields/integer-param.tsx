import type { IntegerParam } from '../../../shared/catalog';
import { Field } from '../field';
import {
  describeRange,
  draftMatches,
  inputText,
  parseIntegerInput,
  placeholderFor,
} from '../param-values';
import { useDraft, useParamEditor } from '../use-param-editor';
import type { ParamFieldProps } from './param-field-props';

/**
 * A whole number within the catalog's range. A text input rather than type=number: it shows
 * exactly what was typed (so "2.5" or "ten" gets a clear message instead of vanishing) and the
 * mouse wheel cannot change a value by accident.
 */
export function IntegerParamField({
  nodeId,
  spec,
  value,
  messages,
}: ParamFieldProps<IntegerParam>) {
  const edit = useParamEditor(nodeId, spec.name);
  const draft = useDraft(inputText(value), (text) => draftMatches(text, value));
  const range = describeRange(spec);
  return (
    <Field
      name={spec.name}
      label={spec.label}
      help={spec.help}
      required={spec.required}
      messages={messages}
    >
      {(ids) => (
        <div className="field__number">
          <input
            id={ids.id}
            className="field__input field__input--number"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={draft.shown}
            placeholder={placeholderFor(spec)}
            aria-describedby={`${ids.describedBy} ${ids.id}-range`}
            aria-invalid={ids.invalid || undefined}
            aria-required={spec.required || undefined}
            onChange={(event) => {
              draft.edit(event.target.value);
              edit.type(parseIntegerInput(event.target.value));
            }}
            onBlur={() => {
              draft.end();
              edit.done();
            }}
          />
          <span id={`${ids.id}-range`} className="field__range">
            {range}
          </span>
        </div>
      )}
    </Field>
  );
}
