import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { RefCallback } from 'react';
import { isAtEnd, visibleRows } from './visible-rows';
import type { RowRange } from './visible-rows';

/** Rows drawn beyond each edge of the view: a short run's timeline is drawn whole. */
const OVERSCAN = 30;

/** The nearest ancestor that scrolls vertically (the dock's panel), if there is one. */
function scrollBox(element: Element): Element | null {
  for (let box = element.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if (overflowY === 'auto' || overflowY === 'scroll') return box;
  }
  return null;
}

/** Where the list's box stands, as last read; all px. */
interface Scrolled {
  /** The box is scrolled to the end: rows added are drawn and scrolled into view. */
  following: boolean;
  scrollTop: number;
  viewHeight: number;
  /** Where the list starts in the box's content. */
  listTop: number;
}

/** With no box that scrolls it, the list is drawn whole. */
const UNBOXED: Scrolled = { following: false, scrollTop: 0, viewHeight: Infinity, listTop: 0 };

export interface WindowedList {
  count: number;
  rowHeight: number;
  /** How far below the list element's top its first row starts; 0 by default. */
  rowsTop?: number;
  /** The rows are still coming (a run going on): follow the end while it is in view. */
  live: boolean;
}

/**
 * Which of `count` equal rows to draw for the list `listRef` is put on: those in view of the box that
 * scrolls it, plus a margin. While the rows are live and that box is scrolled to the end, it
 * stays there as rows are added, so a running call's newest events stay in sight; scrolled up
 * (or a row focused), it stays put. A finished list opens at its start, to be read from the top.
 *
 * A run adds rows many times a second, so adding one must cost no more than drawing it: while
 * following, the rows are worked out from the count alone, and the box is scrolled to its end
 * from a ResizeObserver (which runs after the frame's layout, so nothing is laid out twice).
 * Positions are read only when the reader scrolls or the box changes size.
 */
export function useWindowedRows({
  count,
  rowHeight,
  rowsTop = 0,
  live: isLive,
}: WindowedList): RowRange & { listRef: RefCallback<Element> } {
  const [scrolled, setScrolled] = useState<Scrolled>(() => ({
    following: isLive,
    scrollTop: 0,
    viewHeight: 0,
    listTop: 0,
  }));
  const following = useRef(isLive);
  // Whether the rows are still coming, for the scroll handler, which is set up once per list.
  const live = useRef(isLive);
  /** Where following last scrolled the box to: the scroll event that brings is not the reader's. */
  const followedTo = useRef<number | null>(null);
  /** Reads where the box stands now (set while the list is there). */
  const readBox = useRef<(() => void) | null>(null);

  // A ref callback, not an effect: it runs when the list element comes or goes (a panel shows a
  // note instead while it is empty), and React calls what it returns when the element goes.
  const listRef = useCallback((element: Element | null) => {
    if (!element) return;
    const scroller = scrollBox(element);
    if (!scroller) {
      setScrolled(UNBOXED);
      return;
    }
    const read = () => {
      const next: Scrolled = {
        following: following.current,
        scrollTop: scroller.scrollTop,
        viewHeight: scroller.clientHeight,
        listTop:
          element.getBoundingClientRect().top -
          scroller.getBoundingClientRect().top +
          scroller.scrollTop,
      };
      setScrolled((now) =>
        // While following, where the box is scrolled to does not change what is drawn.
        now.following === next.following &&
        now.viewHeight === next.viewHeight &&
        now.listTop === next.listTop &&
        (next.following || now.scrollTop === next.scrollTop)
          ? now
          : next,
      );
    };
    readBox.current = read;
    const onScroll = () => {
      // Rows may have been added since following scrolled here: still following, not scrolled up.
      if (scroller.scrollTop !== followedTo.current) {
        following.current = live.current && isAtEnd(scroller);
      }
      followedTo.current = null;
      read();
    };
    // Rows added change the list's height; a resized dock changes the box's.
    const onResize = () => {
      if (following.current) {
        scroller.scrollTop = scroller.scrollHeight;
        followedTo.current = scroller.scrollTop;
      }
      read();
    };
    // A row taken into keyboard focus is being read: following would draw it away.
    const onFocus = () => {
      following.current = false;
      read();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    element.addEventListener('focusin', onFocus);
    const resized = new ResizeObserver(onResize);
    // Border box: once the list is longer than what is drawn, rows added only grow its padding.
    resized.observe(element, { box: 'border-box' });
    resized.observe(scroller);
    return () => {
      readBox.current = null;
      scroller.removeEventListener('scroll', onScroll);
      element.removeEventListener('focusin', onFocus);
      resized.disconnect();
    };
  }, []);

  const lastCount = useRef(count);
  useLayoutEffect(() => {
    const started = isLive && !live.current;
    const restarted = isLive && count < lastCount.current;
    live.current = isLive;
    lastCount.current = count;
    // A run that starts, or a live list begun again (a new run, another filter): follow its
    // end. A run that ended stays where it is, which is read afresh: while following, where the
    // box was scrolled to was not kept.
    if (started || restarted) {
      following.current = true;
      setScrolled((now) => (now.following ? now : { ...now, following: true }));
    } else if (!isLive && following.current) {
      following.current = false;
      readBox.current?.();
    }
  }, [isLive, count]);

  const { viewHeight, listTop } = scrolled;
  const rowsStart = listTop + rowsTop;
  const scrollTop = scrolled.following
    ? // Scrolled to the end of the list as it is now.
      rowsStart + count * rowHeight - viewHeight
    : scrolled.scrollTop;
  // Before the box is measured, draw from the start, as much as a margin holds.
  const view = viewHeight > 0 ? viewHeight : rowHeight * OVERSCAN;
  const range = visibleRows({
    scrollTop,
    viewHeight: view,
    listTop: rowsStart,
    rowHeight,
    count,
    overscan: OVERSCAN,
  });
  return { ...range, listRef };
}
