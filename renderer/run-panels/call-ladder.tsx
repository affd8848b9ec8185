import { useDesigner } from '../store/designer-context';
import { ladderLayout } from './ladder-layout';
import { useShownRun } from './use-shown-run';

/** The run as a sequence diagram: App, API and each leg over time. */
export function CallLadder() {
  const view = useShownRun();
  const legs = useDesigner((state) => state.flow.legs);
  const layout = ladderLayout(view, (role) => legs.find((leg) => leg.id === role)?.label ?? role);
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
        <ColumnTitles layout={layout} />
      </svg>
      <LadderSvg layout={layout} titles={false} />
    </div>
  );
}

/** Room for the column titles above the lifelines. */
const HEAD_HEIGHT = 24;

function ColumnTitles({ layout }: { layout: ReturnType<typeof ladderLayout> }) {
  return layout.columns.map((column) => (
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
  ));
}

/**
 * The ladder's drawing; also rendered into the exported report. Without `titles` the drawing
 * starts below them (the panel draws them in a header that stays put).
 */
export function LadderSvg({
  layout,
  titles = true,
}: {
  layout: ReturnType<typeof ladderLayout>;
  titles?: boolean;
}) {
  const top = titles ? 0 : HEAD_HEIGHT;
  return (
    <svg
      width={layout.width}
      height={layout.height - top}
      viewBox={`0 ${top} ${layout.width} ${layout.height - top}`}
      role="img"
      aria-label="Call ladder"
      fontFamily="system-ui, sans-serif"
      fontSize="11"
    >
      {titles && <ColumnTitles layout={layout} />}
      {layout.columns.map((column) => (
        <g key={column.title}>
          <line
            x1={column.x}
            x2={column.x}
            y1={24}
            y2={layout.height}
            stroke="#9aa3b2"
            strokeDasharray="3 3"
          />
        </g>
      ))}
      {layout.arrows.map((arrow) => {
        const color = !arrow.ok ? '#d92d20' : arrow.kind === 'api' ? '#2563eb' : '#16a34a';
        return (
          <g key={arrow.index} data-kind={arrow.kind}>
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
      })}
    </svg>
  );
}

/** A small triangle at the arrow's end, pointing the way it goes. */
function arrowHead({ x1, x2, y }: { x1: number; x2: number; y: number }): string {
  const back = x2 >= x1 ? -7 : 7;
  return `${x2},${y} ${x2 + back},${y - 4} ${x2 + back},${y + 4}`;
}
