import { useId } from 'react';
import type { ReactNode } from 'react';
import type { FieldMessage } from './field-problems';
import { worstSeverity } from './field-problems';

/** What a control needs to be tied to its label, help and messages. */
export interface ControlIds {
  id: string;
  describedBy: string;
  invalid: boolean;
}

interface FieldProps {
  label: string;
  help?: string | undefined;
  required?: boolean | undefined;
  messages?: readonly FieldMessage[] | undefined;
  /** A `data-field` value, so tests and styles can find the field by its param name. */
  name: string;
  /** A fieldset with a legend, for controls that are several inputs (lists, checkboxes). */
  group?: boolean;
  children(ids: ControlIds): ReactNode;
}

/** Messages under a field. Always present, so screen readers hear new ones as they appear. */
export function FieldMessages({
  id,
  messages,
}: {
  id: string;
  messages?: readonly FieldMessage[];
}) {
  return (
    <div id={id} className="field__messages" aria-live="polite">
      {messages?.map((message) => (
        <p
          key={message.text}
          className="field__message"
          data-severity={message.missing ? 'missing' : message.severity}
        >
          {message.text}
        </p>
      ))}
    </div>
  );
}

function Required() {
  // The control carries aria-required; the word is for the eye only.
  return (
    <span className="field__required" aria-hidden="true">
      required
    </span>
  );
}

/**
 * One labelled form field in the order people read it: label, help, messages, then the control.
 * The control gets ids for `aria-describedby`, so help and errors are read out with it.
 */
export function Field({ label, help, required, messages, name, group, children }: FieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const messagesId = `${id}-messages`;
  const severity = worstSeverity(messages);
  const ids: ControlIds = {
    id,
    describedBy: help ? `${helpId} ${messagesId}` : messagesId,
    invalid: severity === 'error',
  };
  const heading = (
    <>
      {label}
      {required && <Required />}
    </>
  );
  const body = (
    <>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      <FieldMessages id={messagesId} messages={messages} />
      {children(ids)}
    </>
  );
  if (group) {
    return (
      <fieldset className="field field--group" data-field={name} data-severity={severity}>
        <legend className="field__label">{heading}</legend>
        {body}
      </fieldset>
    );
  }
  // The marker sits beside the label, not in it: a control's name is its label's whole text.
  return (
    <div className="field" data-field={name} data-severity={severity}>
      <div className="field__label">
        <label htmlFor={id}>{label}</label>
        {required && <Required />}
      </div>
      {body}
    </div>
  );
}
