import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { paceStore, virtualNow } from './pace-store';
import type { RunWaitingView } from './run-view';

/** How often a countdown is drawn again, in real ms: a few times a second. */
const TICK_MS = 250;

/**
 * Whole seconds of virtual time left before `waiting` ends, reckoned at virtual time `now`
 * (never before the wait was reported); 0 once it is due.
 */
export function secondsLeft(waiting: RunWaitingView, now: number | null): number {
  const reckoned = Math.max(now ?? waiting.at, waiting.at);
  return Math.max(0, Math.ceil((waiting.until - reckoned) / 1000));
}

/**
 * The seconds left of `waiting` (null when nothing waits), redrawn a few times a second from
 * the last virtual moment seen and the speed, so it keeps step with a change of pace at once.
 * `live` says the run is on a live profile, whose time is real (speed 1) whatever the
 * Simulator's pace.
 */
export function useCountdown(waiting: RunWaitingView | null, live = false): number | null {
  // Every run update moves the pace store's anchor; only a countdown that shows may re-render
  // for it (the toolbar's button asks even when nothing waits, and the canvas must not pay).
  const pace = useStore(paceStore, (state) => (waiting ? state : null));
  const [realMs, setRealMs] = useState(() => performance.now());
  useEffect(() => {
    if (!waiting) return;
    setRealMs(performance.now());
    const timer = setInterval(() => setRealMs(performance.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [waiting]);
  if (!waiting || !pace) return null;
  return secondsLeft(waiting, virtualNow(live ? { ...pace, speed: 1 } : pace, realMs));
}
