import { memo, useCallback, useMemo, useState } from 'react';
import { useDesigner, useDesignerStoreApi } from '../store/designer-context';
import { nodeName } from '../run/run-status-text';
import type { TimelineEntry } from '../run/run-view';
import { isUnderway } from '../run/run-view';
import { sinceStart, useShownRun } from './use-shown-run';
import { useWindowedRows } from './use-windowed-rows';

type KindFilter = 'all' | 'api' | 'event';

/** Every timeline line is one row this tall, so only the rows in view need drawing. */
const ROW_HEIGHT = 22;

/**
 * Every API call and event of the run shown, in order, filterable by leg and type. Clicking a
 * line selects the node the run was on then. Only the lines in view are drawn; while the run
 * goes on, the list follows the newest as long as it is scrolled to the end.
 */
export function EventsPanel() {
  const view = useShownRun();
  const flow = useDesigner((state) => state.flow);
  const designer = useDesignerStoreApi();
  const [leg, setLeg] = useState('all');
  const [kind, setKind] = useState<KindFilter>('all');
  const { timeline } = view;
  const legs = useMemo(
    () => [...new Set(timeline.flatMap((entry) => (entry.leg ? [entry.leg] : [])))],
    [timeline],
  );
  const shown = useMemo(
    () =>
      timeline.filter(
        (entry) => (leg === 'all' || entry.leg === leg) && (kind === 'all' || entry.kind === kind),
      ),
    [timeline, leg, kind],
  );
  const { first, last, listRef } = useWindowedRows({
    count: shown.length,
    rowHeight: ROW_HEIGHT,
    live: isUnderway(view.phase),
  });
  const select = useCallback(
    (nodeId: string) => designer.getState().select({ nodes: [nodeId], edges: [], notes: [] }),
    [designer],
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
      {shown.length === 0 && (
        <p className="run-panel__empty">No events yet. Run the flow to see its calls here.</p>
      )}
      <ol
        ref={listRef}
        className="timeline"
        aria-label="Timeline"
        hidden={shown.length === 0}
        style={{
          paddingTop: first * ROW_HEIGHT,
          paddingBottom: (shown.length - last) * ROW_HEIGHT,
        }}
      >
        {shown.slice(first, last).map((entry, offset) => (
          // Its place in the whole list, since only part of it is drawn.
          <li
            key={entry.index}
            style={{ height: ROW_HEIGHT }}
            aria-posinset={first + offset + 1}
            aria-setsize={shown.length}
          >
            <TimelineLine
              entry={entry}
              time={sinceStart(view, entry.at)}
              node={entry.nodeId ? nodeName(flow, entry.nodeId) : ''}
              onSelect={select}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

interface TimelineLineProps {
  entry: TimelineEntry;
  time: string;
  node: string;
  onSelect(nodeId: string): void;
}

/** One line; drawn again only when something it shows changes, not on every run update. */
const TimelineLine = memo(function TimelineLine({
  entry,
  time,
  node,
  onSelect,
}: TimelineLineProps) {
  return (
    <button
      type="button"
      className="timeline__entry"
      data-kind={entry.kind}
      data-ok={entry.ok}
      title={JSON.stringify(entry.detail)}
      onClick={() => entry.nodeId && onSelect(entry.nodeId)}
    >
      <span className="timeline__time">{time}</span>
      <span className="timeline__kind">{entry.kind === 'api' ? 'API' : 'Event'}</span>
      <span className="timeline__name">{entry.name}</span>
      <span className="timeline__leg">{entry.leg ?? '—'}</span>
      <span className="timeline__node">{node}</span>
    </button>
  );
});
