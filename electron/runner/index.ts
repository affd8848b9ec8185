export { Runner } from './runner';
export { FlowRun } from './flow-run';
export type { RunResult } from './flow-run';
export { IncomingCalls } from './incoming-calls';
export { scaledClock } from './run-clock';
export type { RunClock } from './run-clock';
export type {
  RunOptions,
  RunPlatform,
  RunStatus,
  RunUpdate,
  RunEventSource,
  PauseReason,
  RunWaiting,
  WaitKind,
} from './run-types';
