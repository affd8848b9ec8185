import { useState } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { nodeName } from '../run/run-status-text';
import { sinceStart, useShownRun } from './use-shown-run';

type KindFilter = 'all' | 'api' | 'event';

/**
 * Every API call and event of the run shown, in order, filterable by leg and type. Clicking a
 * line selects the node the run was on then.
 */
export function EventsPanel() {
  const view = useShownRun();
  const flow = useDesigner((state) => state.flow);
  const designer = useDesignerStoreApi();
  const [leg, setLeg] = useState('all');
  const [kind, setKind] = useState<KindFilter>('all');
  const legs = [...new Set(view.timeline.flatMap((entry) => (entry.leg ? [entry.leg] : [])))];
  const shown = view.timeline.filter(
    (entry) => (leg === 'all' || entry.leg === leg) && (kind === 'all' || entry.kind === kind),
  );

  return (
    <div className="run-panel">
      <div className="run-panel__filters">
        <label>
          Leg{' '}
          <select value={leg} onChange={(event) => setLeg(event.target.value)}>
            <option value="all">All legs</option>
            {legs.map((role) => (
              <option key={role} value={role}>
                {flow.legs.find((l) => l.id === role)?.label ?? role}
              </option>
            ))}
          </select>
        </label>
        <label>
          Type{' '}
          <select value={kind} onChange={(event) => setKind(event.target.value as KindFilter)}>
            <option value="all">Events and API calls</option>
            <option value="event">Events</option>
            <option value="api">API calls</option>
          </select>
        </label>
      </div>
      {shown.length === 0 ? (
        <p className="run-panel__empty">No events yet. Run the flow to see its calls here.</p>
      ) : (
        <ol className="timeline" aria-label="Timeline">
          {shown.map((entry) => (
            <li key={entry.index}>
              <button
                type="button"
                className="timeline__entry"
                data-kind={entry.kind}
                data-ok={entry.ok}
                title={JSON.stringify(entry.detail)}
                onClick={() =>
                  entry.nodeId &&
                  designer.getState().select({ nodes: [entry.nodeId], edges: [], notes: [] })
                }
              >
                <span className="timeline__time">{sinceStart(view, entry.at)}</span>
                <span className="timeline__kind">{entry.kind === 'api' ? 'API' : 'Event'}</span>
                <span className="timeline__name">{entry.name}</span>
                <span className="timeline__leg">{entry.leg ?? '—'}</span>
                <span className="timeline__node">
                  {entry.nodeId ? nodeName(flow, entry.nodeId) : ''}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
