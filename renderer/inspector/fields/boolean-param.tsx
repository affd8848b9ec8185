import { useId } from 'react';
import type { BooleanParam } from '../../../shared/catalog';
import { FieldMessages } from '../field';
import { worstSeverity } from '../field-problems';
import { useParamEditor } from '../use-param-editor';
import type { ParamFieldProps } from './param-field-props';

/** An on/off param as a checkbox, its label beside it and the help beneath. */
export function BooleanParamField({
  nodeId,
  spec,
  value,
  messages,
}: ParamFieldProps<BooleanParam>) {
  const edit = useParamEditor(nodeId, spec.name);
  const id = useId();
  const severity = worstSeverity(messages);
  return (
    <div className="field field--check" data-field={spec.name} data-severity={severity}>
      <div className="field__check-row">
        <input
          id={id}
          type="checkbox"
          className="field__checkbox"
          checked={typeof value === 'boolean' ? value : spec.default}
          aria-describedby={`${id}-help ${id}-messages`}
          aria-invalid={severity === 'error' || undefined}
          onChange={(event) => edit.set(event.target.checked)}
        />
        <label className="field__label" htmlFor={id}>
          {spec.label}
        </label>
      </div>
      <p id={`${id}-help`} className="field__help">
        {spec.help}
      </p>
      <FieldMessages id={`${id}-messages`} messages={messages} />
    </div>
  );
}
