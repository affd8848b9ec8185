import { useShownRun } from './use-shown-run';

/** The run's variables as they stand: `digits`, each leg's fields, and Set variable's. */
export function VariablesPanel() {
  const entries = Object.entries(useShownRun().variables).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="run-panel__empty">No variables yet.</p>;
  return (
    <table className="run-table" aria-label="Variables">
      <thead>
        <tr>
          <th>Name</th>
          <th>Value</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <td className="run-table__name">{name}</td>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
