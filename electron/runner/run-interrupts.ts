/** Why a step was cut short: a leg hung up (go to its handler) or the run is stopping. */
export class HangupInterrupt extends Error {
  constructor(readonly role: string) {
    super(`The ${role} leg hung up.`);
    this.name = 'HangupInterrupt';
  }
}

export class StopInterrupt extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'StopInterrupt';
  }
}

/** Ports that mean the call did not go as hoped when nothing is connected to them. */
const FAILING_PORTS = new Set(['error', 'failed', 'busy', 'no-answer']);

export function statusOfUnconnectedPort(port: string): 'completed' | 'failed' {
  return FAILING_PORTS.has(port) ? 'failed' : 'completed';
}

/**
 * The reason a step's own signals are aborted with once the step is over (its wait's timer, an
 * Incoming call's time-out). One shared value: `abort()` without a reason builds a DOMException
 * every time, which showed up in profiles under load.
 */
export const STEP_OVER = new Error('The step is over.');
