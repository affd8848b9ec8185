import type { RunLeg } from './run-legs';
import type { LegLeftUp, RunStatus } from './run-types';

/** How a run ended: what `FlowRun.finished` resolves with and the last update says. */
export interface RunResult {
  status: RunStatus;
  reason: string;
  /** Node ids in the order the run entered them, its start first. */
  path: string[];
  /** Each role's leg as it ended (or as it was last seen, if its end was not reported). */
  legs: Record<string, LegOutcome>;
  /** Legs that could not be hung up, so are maybe still on a call; normally empty. */
  legsLeftUp: LegLeftUp[];
}

export interface LegOutcome {
  sid: string;
  state: string;
  terminal_status?: string;
}

/** Each role's leg as the run saw it last, for the result. */
export function legOutcomes(legs: readonly RunLeg[]): Record<string, LegOutcome> {
  return Object.fromEntries(
    legs.map((leg) => [
      leg.role,
      {
        sid: leg.sid,
        state: leg.state,
        ...(leg.fields.terminal_status ? { terminal_status: leg.fields.terminal_status } : {}),
      },
    ]),
  );
}
