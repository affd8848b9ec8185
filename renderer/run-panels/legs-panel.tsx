import { useDesigner } from '../store/designer-context';
import { useShownRun } from './use-shown-run';

/** Each leg of the run shown: its state, who answered, how it ended, its bridge, how long. */
export function LegsPanel() {
  const view = useShownRun();
  const flowLegs = useDesigner((state) => state.flow.legs);
  const legs = Object.values(view.legs);
  if (legs.length === 0) return <p className="run-panel__empty">No legs yet.</p>;
  return (
    <table className="run-table" aria-label="Legs">
      <thead>
        <tr>
          <th>Leg</th>
          <th>State</th>
          <th>Answered by</th>
          <th>Terminal status</th>
          <th>Bridge</th>
          <th>Duration</th>
          <th>Sid</th>
        </tr>
      </thead>
      <tbody>
        {legs.map((leg) => (
          <tr key={leg.role} data-leg={leg.role}>
            <td>{flowLegs.find((l) => l.id === leg.role)?.label ?? leg.role}</td>
            <td>{leg.state}</td>
            <td>{leg.answeredBy ?? '—'}</td>
            <td>{leg.terminalStatus ?? '—'}</td>
            <td>{leg.bridgeSid ?? '—'}</td>
            <td>{((leg.lastAt - leg.firstAt) / 1000).toFixed(1)} s</td>
            <td className="run-table__sid">{leg.sid ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
