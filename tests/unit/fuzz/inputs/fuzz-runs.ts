/** How hard the fuzz suite tries: runs per property and time-outs, scaled by one setting. */

/**
 * Runs per property. Modest on purpose: the suite stays in `npm test` and must take seconds on
 * two shared cores. A failure prints its seed and path, so a rare case replays exactly.
 */
export const RUNS = {
  /** Pure parsing in process. */
  pure: 300,
  /** A request over loopback, or a command that touches the disk. */
  io: 150,
  /** A whole command (a simulator started, a run made): slower per case. */
  heavy: 20,
} as const;

/** `LEGFLOW_FUZZ_SCALE`, or 1. */
const SCALE = ((scale) => (Number.isFinite(scale) && scale > 0 ? scale : 1))(
  Number(process.env.LEGFLOW_FUZZ_SCALE ?? 1),
);

/**
 * Runs for a property of `kind`, times `LEGFLOW_FUZZ_SCALE` when set: `LEGFLOW_FUZZ_SCALE=20 npx
 * vitest run tests/unit/fuzz` hunts longer for a rare case; `npm test` keeps the defaults.
 */
export function runs(kind: keyof typeof RUNS): number {
  return Math.max(1, Math.round(RUNS[kind] * SCALE));
}

/** A property's time-out: generous, since two cores are shared; longer when scaled up. */
export const FUZZ_TIMEOUT_MS = Math.round(60_000 * Math.max(1, SCALE));
