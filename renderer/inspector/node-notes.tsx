import type { FieldMessage } from './field-problems';

/** Problems with the node as a whole (outputs, reachability), above its fields. */
export function NodeNotes({ messages }: { messages: readonly FieldMessage[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="node-notes" aria-label="Problems with this node">
      {messages.map((message) => (
        <li key={message.text} className="node-notes__item" data-severity={message.severity}>
          <span className="node-notes__icon" aria-hidden="true">
            {message.severity === 'error' ? '!' : 'i'}
          </span>
          {message.text}
        </li>
      ))}
    </ul>
  );
}
