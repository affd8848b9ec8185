import { memo } from 'react';
import { useDesigner } from '../store/designer-context';
import { ladderLayout } from './ladder-layout';
import type { LadderArrow, LadderLayout } from './ladder-layout';
import { isUnderway } from '../run/run-view';
import { useShownRun } from './use-shown-run';
import { useWindowedRows } from './use-windowed-rows';

/** Room for the column titles above the lifelines. */
const HEAD_HEIGHT = 24;

/**
 * The run as a sequence diagram: App, API and each leg over time. Only the arrows in view are
 * drawn; while the run goes on, the ladder follows the newest as long as it is scrolled to the end.
 */
export function CallLadder() {
  const view = useShownRun();
  const legs = useDesigner((state) => state.flow.legs);
  const layout = ladderLayout(view, (role) => legs.find((leg) => leg.id === role)?.label ?? role);
  const { first, last, listRef } = useWindowedRows({
    count: layout.arrows.length,
    rowHeight: layout.rowHeight,
    // Each arrow is the middle of its row; the drawing starts below the column titles.
    rowsTop: (layout.arrows[0]?.y ?? 0) - layout.rowHeight / 2 - HEAD_HEIGHT,
    live: isUnderway(view.phase),
  });
  if (layout.arrows.length === 0) return <p className="run-panel__empty">No calls yet.</p>;
  return (
    <div className="call-ladder">
      {/* The column titles stay in view while a long ladder scrolls under them. */}
      <svg
        className="call-ladder__heads"
        width={layout.width}
        height={HEAD_HEIGHT}
        aria-hidden="true"
        fontFamily="system-ui, sans-serif"
        fontSize="11"
      >
        {layout.columns.map((column) => (
          <text
            key={column.title}
            x={column.x}
            y={16}
            textAnchor="middle"
            fontWeight="700"
            fill="currentColor"
          >
            {column.title}
          </text>
        ))}
      </svg>
      <svg
        ref={listRef}
        width={layout.width}
        height={layout.height - HEAD_HEIGHT}
        viewBox={`0 ${HEAD_HEIGHT} ${layout.width} ${layout.height - HEAD_HEIGHT}`}
        role="img"
        aria-label="Call ladder"
        fontFamily="system-ui, sans-serif"
        fontSize="11"
      >
        <Lifelines layout={layout} first={first} last={last} />
        {layout.arrows.slice(first, last).map((arrow) => (
          <Arrow key={arrow.index} arrow={arrow} />
        ))}
      </svg>
    </div>
  );
}

/**
 * The dashed line under each column, drawn only along the arrows drawn: a dashed line the
 * ladder's whole length would be painted again every time the ladder grows.
 */
function Lifelines({ layout, first, last }: { layout: LadderLayout; first: number; last: number }) {
  // Whole rows from the column titles, so the dashes (3 on, 3 off) stay put as the ladder grows.
  const top = HEAD_HEIGHT + layout.rowHeight * first;
  const bottom =
    last >= layout.arrows.length ? layout.height : HEAD_HEIGHT + layout.rowHeight * (last + 1);
  return layout.columns.map((column) => (
    <line
      key={column.title}
      x1={column.x}
      x2={column.x}
      y1={top}
      y2={bottom}
      stroke="#9aa3b2"
      strokeDasharray="3 3"
    />
  ));
}

/** One call or event; its geometry never changes once laid out, so it is drawn once. */
const Arrow = memo(
  function Arrow({ arrow }: { arrow: LadderArrow }) {
    const color = !arrow.ok ? '#d92d20' : arrow.kind === 'api' ? '#2563eb' : '#16a34a';
    return (
      <g data-kind={arrow.kind}>
        <line
          x1={arrow.x1}
          x2={arrow.x2}
          y1={arrow.y}
          y2={arrow.y}
          stroke={color}
          strokeWidth="1.5"
        />
        <polygon points={arrowHead(arrow)} fill={color} />
        <text x={(arrow.x1 + arrow.x2) / 2} y={arrow.y - 4} textAnchor="middle" fill={color}>
          {arrow.label}
        </text>
      </g>
    );
  },
  // The layout is made afresh on every update; an arrow is the same when its values are.
  ({ arrow: a }, { arrow: b }) =>
    a.index === b.index &&
    a.y === b.y &&
    a.x1 === b.x1 &&
    a.x2 === b.x2 &&
    a.label === b.label &&
    a.kind === b.kind &&
    a.ok === b.ok,
);

/** A small triangle at the arrow's end, pointing the way it goes. */
function arrowHead({ x1, x2, y }: { x1: number; x2: number; y: number }): string {
  const back = x2 >= x1 ? -7 : 7;
  return `${x2},${y} ${x2 + back},${y - 4} ${x2 + back},${y + 4}`;
}
