/** Which rows of a long list to draw: `first` up to, not including, `last`. */
export interface RowRange {
  first: number;
  last: number;
}

/** Where a list of equal rows sits in the box that scrolls it; all px. */
export interface RowWindow {
  /** How far the box is scrolled. */
  scrollTop: number;
  /** The height of the box's visible part. */
  viewHeight: number;
  /** Where the list's first row starts in the box's content. */
  listTop: number;
  rowHeight: number;
  count: number;
  /** Rows drawn beyond each edge of the view, so a quick scroll never shows a gap. */
  overscan: number;
}

/**
 * The rows in view, plus `overscan` either side. A run's timeline grows by an entry per event;
 * drawing only these keeps an update's cost flat however long the run gets.
 */
export function visibleRows(geometry: RowWindow): RowRange {
  const { scrollTop, viewHeight, listTop, rowHeight, count, overscan } = geometry;
  if (count === 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = scrollTop - listTop;
  const first = Math.floor(top / rowHeight) - overscan;
  const last = Math.ceil((top + viewHeight) / rowHeight) + overscan;
  const clamp = (row: number) => Math.min(count, Math.max(0, row));
  return { first: clamp(first), last: Math.max(clamp(first), clamp(last)) };
}

/** Within this of the end counts as at the end: a list there follows what is added to it. */
export function isAtEnd(box: { scrollTop: number; scrollHeight: number; clientHeight: number }) {
  return box.scrollHeight - box.scrollTop - box.clientHeight < 4;
}
