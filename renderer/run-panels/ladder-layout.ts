import type { RunView } from '../run/run-view';

/** One arrow of the call ladder. */
export interface LadderArrow {
  index: number;
  y: number;
  x1: number;
  x2: number;
  label: string;
  kind: 'api' | 'event';
  ok: boolean;
}

/** The call ladder as geometry: where its columns and arrows go. Pure, so the report reuses it. */
export interface LadderLayout {
  width: number;
  height: number;
  /** The distance between two arrows. */
  rowHeight: number;
  columns: { title: string; x: number }[];
  arrows: LadderArrow[];
}

const COLUMN_GAP = 190;
const ROW = 24;
const TOP = 34;

/**
 * Lays out a sequence diagram of the run, the way SIP traces are read: columns App, API and one
 * per leg; each API call an arrow from App to API, each event an arrow from its leg to App.
 */
export function ladderLayout(view: RunView, legLabel: (role: string) => string): LadderLayout {
  const roles = [
    ...new Set([
      ...Object.keys(view.legs),
      ...view.timeline.flatMap((entry) => (entry.leg ? [entry.leg] : [])),
    ]),
  ];
  const titles = ['App', 'API', ...roles.map(legLabel)];
  const columns = titles.map((title, i) => ({ title, x: 70 + i * COLUMN_GAP }));
  const xOf = (role: string | null) => columns[role ? 2 + roles.indexOf(role) : 1]?.x ?? 0;
  const app = columns[0]!.x;
  const api = columns[1]!.x;
  const arrows = view.timeline.map((entry, row): LadderArrow => {
    const y = TOP + ROW * (row + 1);
    const common = { index: entry.index, y, kind: entry.kind, ok: entry.ok };
    return entry.kind === 'api'
      ? { ...common, x1: app, x2: api, label: `${entry.name} ${entry.leg ?? ''}`.trim() }
      : { ...common, x1: xOf(entry.leg), x2: app, label: entry.name };
  });
  return {
    width: 70 + (titles.length - 1) * COLUMN_GAP + 70,
    height: TOP + ROW * (arrows.length + 1) + 8,
    rowHeight: ROW,
    columns,
    arrows,
  };
}
