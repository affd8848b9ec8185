import { z } from 'zod';
import { command } from './define-contract';

/** The speeds the run toolbar offers: virtual (platform) ms per real ms. */
export const PACE_SPEEDS = [0.5, 1, 2, 5, 20] as const;

/** A speed as Settings allows it; the toolbar offers {@link PACE_SPEEDS}. */
export const paceSpeedSchema = z
  .number()
  .positive('must be more than 0')
  .max(1_000, 'at most 1000');

/**
 * The pace of the Simulator profile's session. The speed saved in Settings is what a session
 * starts at; the toolbar changes the session going on, at once and without reopening it, and
 * its choice holds until the app closes or another speed is saved in Settings.
 */
export const paceStateSchema = z.object({
  /** Virtual ms per real ms: of the open session, else the one it will start at. */
  speed: paceSpeedSchema,
  /** Whether the speed can be changed: not when the simulator runs on exact time. */
  adjustable: z.boolean(),
  /** The session's virtual time now (platform ms), or null when no session is open. */
  now: z.number().nullable(),
});
export type PaceState = z.infer<typeof paceStateSchema>;

/** What "Skip this wait" did: whether time moved, and why not when it did not. */
export const skipWaitReplySchema = z.object({
  skipped: z.boolean(),
  /** What happened, in words a person can act on. */
  message: z.string(),
  /** The session's virtual time after the skip (platform ms), or null when none is open. */
  now: z.number().nullable(),
});
export type SkipWaitReply = z.infer<typeof skipWaitReplySchema>;

/** Demo controls of a Simulator run: its speed, and skipping a wait. */
export const PACE_COMMANDS = {
  /** The pace now: asked when a window opens. */
  'pace.get': command(z.undefined(), paceStateSchema),
  /** Changes the Simulator's speed, mid-run too: virtual time so far is kept. */
  'pace.setSpeed': command(z.strictObject({ speed: paceSpeedSchema }), paceStateSchema),
  /**
   * Moves the run's virtual time on to the moment its wait (a Wait node, a Gather's time-out, a
   * ringing leg) ends, firing every earlier timer at its own time. Harmless when nothing waits.
   */
  'pace.skipWait': command(
    z.strictObject({ runId: z.string().min(1).max(200) }),
    skipWaitReplySchema,
  ),
};

/** What the pace pushes to every window. */
export const PACE_NOTIFICATIONS = {
  /** The Simulator's speed changed (the toolbar of any window, or a speed saved in Settings). */
  'pace.changed': paceStateSchema,
};
