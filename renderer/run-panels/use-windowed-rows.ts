import { useCallback, useLayoutEffect, useRef, useState } from 'react';
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

interface Shown {
  range: RowRange;
  /** The box is scrolled to the end, so rows added are drawn and scrolled into view. */
  following: boolean;
}

/**
 * Which of `count` equal rows to draw for the list at `list`: those in view of the box that
 * scrolls it, plus a margin. While that box is scrolled to the end, it stays there as rows are
 * added, so a running call's newest events stay in sight; scrolled up, it stays put until the
 * list starts again.
 *
 * Positions are read in an animation-frame callback, once a frame: the layout that forces is
 * the one the frame is about to do anyway, where reading them straight after each run update
 * would lay the whole window out an extra time per update (tests/bench/glow-latency).
 */
export function useWindowedRows(
  list: RefObject<Element | null>,
  { count, rowHeight }: { count: number; rowHeight: number },
): RowRange {
  const [shown, setShown] = useState<Shown>({
    range: { first: 0, last: 2 * OVERSCAN },
    following: true,
  });
  const box = useRef<Element | null>(null);
  const following = useRef(true);
  const sizes = useRef({ count, rowHeight });
  const frame = useRef(0);
  /** Where following last scrolled the box to: the scroll event that brings is not the reader's. */
  const followedTo = useRef<number | null>(null);

  const measure = useCallback(() => {
    frame.current = 0;
    const element = list.current;
    const scroller = box.current;
    if (!element || !scroller) return;
    if (following.current) {
      scroller.scrollTop = scroller.scrollHeight;
      followedTo.current = scroller.scrollTop;
    }
    const range = visibleRows({
      scrollTop: scroller.scrollTop,
      viewHeight: scroller.clientHeight,
      listTop:
        element.getBoundingClientRect().top -
        scroller.getBoundingClientRect().top +
        scroller.scrollTop,
      ...sizes.current,
      overscan: OVERSCAN,
    });
    const next = { range, following: following.current };
    setShown((now) =>
      now.following === next.following &&
      now.range.first === range.first &&
      now.range.last === range.last
        ? now
        : next,
    );
  }, [list]);
  const measureSoon = useCallback(() => {
    frame.current ||= requestAnimationFrame(measure);
  }, [measure]);

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
    if (!scroller) return;
    const onScroll = () => {
      // Rows may have been added since following scrolled here: still following, not scrolled up.
      if (scroller.scrollTop !== followedTo.current) following.current = isAtEnd(scroller);
      followedTo.current = null;
      measureSoon();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const resized = new ResizeObserver(measureSoon);
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
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    },
    [],
  );

  useLayoutEffect(() => {
    // A list that shrank was started again (a new run, another filter): follow its end again.
    if (count < sizes.current.count) following.current = true;
    sizes.current = { count, rowHeight };
    measureSoon();
  }, [count, rowHeight, measureSoon]);

  // Following, the rows added since the last measure are drawn at once, not a frame later.
  const last = shown.following ? count : Math.min(count, shown.range.last);
  return { first: Math.min(shown.range.first, last), last };
}
