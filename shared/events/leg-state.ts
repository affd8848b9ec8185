import { EVENT_NAMES } from './event-names';
import type { LegState } from './event-names';

/**
 * The leg state machine: created → connecting → ringing → connected → terminal. A leg may skip
 * states (an incoming leg starts ringing; a failed one goes straight to terminal) but never
 * goes back, and nothing leaves terminal.
 */
const ORDER: Record<LegState, number> = {
  created: 0,
  connecting: 1,
  ringing: 2,
  connected: 3,
  terminal: 4,
};

/** Whether a leg in `from` may move to `to`. */
export function canMove(from: LegState, to: LegState): boolean {
  return from !== 'terminal' && ORDER[to] > ORDER[from];
}

/**
 * The state after an event. Events that say nothing about the state, late or repeated events,
 * and anything after the leg ended leave the state as it was.
 */
export function nextLegState(current: LegState, eventName: string): LegState {
  const target = EVENT_NAMES[eventName]?.state;
  return target && canMove(current, target) ? target : current;
}

export const TERMINAL_STATUSES = ['completed', 'busy', 'no-answer', 'failed'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];
