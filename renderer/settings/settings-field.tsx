import { useId } from 'react';
import type { ReactNode } from 'react';

/**
 * One labelled input with its hint or inline error below it; the error replaces the hint and
 * is announced, so a person using a screen reader hears what to fix.
 */
export function SettingsField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: ReactNode;
  type?: 'text' | 'password' | 'number' | 'url';
  placeholder?: string;
  autoComplete?: string;
  className?: string;
}) {
  const id = useId();
  const noteId = `${id}-note`;
  const { error, hint } = props;
  return (
    <div className={`settings-field ${props.className ?? ''}`}>
      <label className="settings-field__label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        className="settings-field__input"
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        autoComplete={props.autoComplete ?? 'off'}
        aria-invalid={error !== undefined}
        aria-describedby={error || hint ? noteId : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {error ? (
        <p id={noteId} className="settings-field__error" role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p id={noteId} className="settings-field__hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
