import type { StringParam } from '../../../shared/catalog';
import { Field } from '../field';
import { inputText, parseTextInput, placeholderFor, textInputAttributes } from '../param-values';
import { useParamEditor } from '../use-param-editor';
import type { ParamFieldProps } from './param-field-props';

/** A text param: one line, several lines (Say text), a web address, a phone number, a name. */
export function TextParam({ nodeId, spec, value, messages }: ParamFieldProps<StringParam>) {
  const edit = useParamEditor(nodeId, spec.name);
  return (
    <Field
      name={spec.name}
      label={spec.label}
      help={spec.help}
      required={spec.required}
      messages={messages}
    >
      {(ids) => {
        const common = {
          id: ids.id,
          className: 'field__input',
          value: inputText(value),
          placeholder: placeholderFor(spec),
          'aria-describedby': ids.describedBy,
          'aria-invalid': ids.invalid || undefined,
          'aria-required': spec.required || undefined,
          onBlur: edit.done,
        };
        return spec.format === 'multiline' ? (
          <textarea
            {...common}
            rows={3}
            onChange={(event) => edit.type(parseTextInput(event.target.value))}
          />
        ) : (
          <input
            {...common}
            {...textInputAttributes(spec)}
            autoComplete="off"
            onChange={(event) => edit.type(parseTextInput(event.target.value))}
          />
        );
      }}
    </Field>
  );
}
