import type { CallLegsView, CallLegView } from '../../shared/ipc';

/** The two sides of a call, in the words of the v3 page (seed 003). */
const SIDES = [
  { side: 'from', title: 'From' },
  { side: 'to', title: 'To' },
] as const;

function group(leg: CallLegView): string {
  if (leg.groupName && leg.groupId) return `${leg.groupName} (${leg.groupId})`;
  return leg.groupName ?? leg.groupId ?? '—';
}

/**
 * A call's legs in one table, `from` legs first, each row saying its side: compact enough for
 * the dock, the way `legflow legs` prints them.
 */
export function CallLegsTable(props: { call: CallLegsView }) {
  const { call } = props;
  return (
    <div className="call-lookup__result">
      <p className="call-lookup__heading">
        Call <code>{call.callSid}</code>
        {call.accountSid && <> on account {call.accountSid}</>}
      </p>
      <table className="run-table call-lookup__table" aria-label="Call legs">
        <thead>
          <tr>
            <th>Side</th>
            <th>Name</th>
            <th>Number</th>
            <th>Status</th>
            <th>Created</th>
            <th>Updated</th>
            <th>Group</th>
            <th>Leg sid</th>
          </tr>
        </thead>
        {SIDES.map(({ side, title }) => (
          <tbody key={side} data-side={side}>
            {call[side].length === 0 ? (
              <tr className="call-lookup__none">
                <th scope="row">{title}</th>
                <td colSpan={7}>No legs on this side.</td>
              </tr>
            ) : (
              call[side].map((leg) => (
                <tr key={leg.sid} data-side={side} data-leg-sid={leg.sid}>
                  <th scope="row">{title}</th>
                  <td>{leg.name ?? '—'}</td>
                  <td>{leg.number ?? '—'}</td>
                  <td>{leg.status ?? '—'}</td>
                  <td className="call-lookup__time">{leg.createdAt ?? '—'}</td>
                  <td className="call-lookup__time">{leg.updatedAt ?? '—'}</td>
                  <td>{group(leg)}</td>
                  <td className="run-table__sid">{leg.sid}</td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
      <p className="call-lookup__sides">
        From holds the agents’ legs of an outgoing call and the caller’s leg of an incoming one; To
        holds the other side.
      </p>
    </div>
  );
}
