import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { isAtEnd, visibleRows } from './visible-rows';
import type { RowRange } from './visible-rows';

/** Rows drawn beyond each edge of the view: a short run's timeline is drawn whole. */
const OVERSCAN = 30;

/** The nearest ancestor that scrolls vertically (the dock's panel), else the page. */
function scrollBox(element: Element): Element {
  for (let box = element.parentElement; box; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if (overflowY === 'auto' || overflowY === 'scroll') return box;
  }
  return document.scrollingElement ?? document.documentElement;
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

/**
 * Which of `count` equal rows to draw for the list at `list`: those in view of the box that
 * scrolls it, plus a margin. While that box is scrolled to the end, it stays there as rows are
 * added, so a running call's newest events stay in sight; scrolled up, it stays put until the
 * list starts again. A finished run's list opens at its start, to be read from the top.
 *
 * A run adds rows many times a second, so adding one must cost no more than drawing it: while
 * following, the rows are worked out from the count alone, and the box is scrolled to its end
 * from a ResizeObserver (which runs after the frame's layout, so nothing is laid out twice).
 * Positions are read only when the reader scrolls or the box changes size.
 */
export function useWindowedRows(
  list: RefObject<Element | null>,
  {
    count,
    rowHeight,
    live,
  }: {
    count: number;
    rowHeight: number;
    /** The rows are still coming (a run going on): open at the end and follow it. */
    live: boolean;
  },
): RowRange {
  const [scrolled, setScrolled] = useState<Scrolled>(() => ({
    following: live,
    scrollTop: 0,
    viewHeight: 0,
    listTop: 0,
  }));
  const box = useRef<Element | null>(null);
  const following = useRef(live);
  /** Where following last scrolled the box to: the scroll event that brings is not the reader's. */
  const followedTo = useRef<number | null>(null);
  const lastCount = useRef(count);

  // After each render, in case the list came or went (a panel shows a note while it is empty).
  const attached = useRef<{ element: Element | null; detach(): void }>({
    element: null,
    detach() {},
  });
  useLayoutEffect(() => {
    const element = list.current;
    if (element === attached.current.element) return;
    attached.current.detach();
    attached.current = { element, detach() {} };
    box.current = element && scrollBox(element);
    const scroller = box.current;
    if (!element || !scroller) return;
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
    const onScroll = () => {
      // Rows may have been added since following scrolled here: still following, not scrolled up.
      if (scroller.scrollTop !== followedTo.current) following.current = isAtEnd(scroller);
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
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const resized = new ResizeObserver(onResize);
    // Border box: once the list is longer than what is drawn, rows added only grow its padding.
    resized.observe(element, { box: 'border-box' });
    resized.observe(scroller);
    attached.current.detach = () => {
      scroller.removeEventListener('scroll', onScroll);
      resized.disconnect();
    };
  });
  useLayoutEffect(
    () => () => {
      attached.current.detach();
      attached.current = { element: null, detach() {} };
      box.current = null;
    },
    [],
  );

  const wasLive = useRef(live);
  useLayoutEffect(() => {
    // A run that starts, or a live list that shrank (a new run, another filter): follow its end.
    if (live && (!wasLive.current || count < lastCount.current)) following.current = true;
    wasLive.current = live;
    lastCount.current = count;
  }, [count, live]);

  const { viewHeight, listTop } = scrolled;
  const scrollTop = scrolled.following
    ? // Scrolled to the end of the list as it is now.
      listTop + count * rowHeight - viewHeight
    : scrolled.scrollTop;
  // Before the box is measured, draw from the start, as much as a margin holds.
  const view = viewHeight > 0 ? viewHeight : rowHeight * OVERSCAN;
  return visibleRows({
    scrollTop,
    viewHeight: view,
    listTop,
    rowHeight,
    count,
    overscan: OVERSCAN,
  });
}
