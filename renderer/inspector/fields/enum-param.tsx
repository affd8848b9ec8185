import type { EnumParam } from '../../../shared/catalog';
import { Field } from '../field';
import { useParamEditor } from '../use-param-editor';
import type { ParamFieldProps } from './param-field-props';

/** One of a fixed set of options, as a select of their labels. */
export function EnumParamField({ nodeId, spec, value, messages }: ParamFieldProps<EnumParam>) {
  const edit = useParamEditor(nodeId, spec.name);
  const current = typeof value === 'string' ? value : (spec.default ?? '');
  const known = spec.options.some((option) => option.value === current);
  return (
    <Field
      name={spec.name}
      label={spec.label}
      help={spec.help}
      required={spec.required}
      messages={messages}
    >
      {(ids) => (
        <select
          id={ids.id}
          className="field__input field__select"
          value={current}
          aria-describedby={ids.describedBy}
          aria-invalid={ids.invalid || undefined}
          onChange={(event) => edit.set(event.target.value)}
        >
          {!known && (
            // A value from a hand-edited file stays visible until the designer picks another.
            <option value={current} disabled>
              {current === '' ? 'Choose…' : `“${current}” (not allowed)`}
            </option>
          )}
          {spec.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
