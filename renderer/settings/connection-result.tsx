import type { ConnectionReportReply } from '../../shared/ipc';

/** What "Test connection" found, one line per check, saying plainly whether each works. */
export function ConnectionResult(props: { report: ConnectionReportReply }) {
  const { credentials, listener } = props.report;
  return (
    <ul className="connection-result" aria-label="Connection test" aria-live="polite">
      <Check title="Credentials" check={credentials} />
      <Check title="Listener" check={listener} />
    </ul>
  );
}

function Check(props: { title: string; check: { ok: boolean; message: string } }) {
  const { ok, message } = props.check;
  return (
    <li className={`connection-result__item connection-result__item--${ok ? 'ok' : 'failed'}`}>
      <span className="connection-result__mark" aria-hidden="true">
        {ok ? '✓' : '✕'}
      </span>
      <span>
        <strong>
          {props.title}: {ok ? 'working' : 'not working'}.
        </strong>{' '}
        {message}
      </span>
    </li>
  );
}
