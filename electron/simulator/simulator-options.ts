import { z } from 'zod';
import { SimClock } from './clock/sim-clock';
import type { FaultSpec } from './faults/fault-spec';
import type { PhonebookFile } from './personas/phonebook';
import { personaSchema } from './personas/persona';
import type { SimLogger } from './sim-logger';

const rate = z.number().min(0).max(1);

/** A fault spec given as an object rather than SPEC text. */
const faultSpecSchema = z.object({
  http500: rate,
  http429: rate,
  latencyMs: z
    .object({ min: z.number().min(0), max: z.number().min(0) })
    .refine((range) => range.max >= range.min, { message: 'latencyMs.max is below latencyMs.min' }),
  drop: rate,
  dup: rate,
  reorder: rate,
  v3LegsNotFound: rate.optional(),
  v3LegDetailsError: rate.optional(),
  enqueue: rate.optional(),
  seed: z.number().int().min(0).optional(),
});

const loggerSchema = z.custom<SimLogger>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    ['debug', 'info', 'warn', 'error'].every(
      (level) => typeof (value as Record<string, unknown>)[level] === 'function',
    ),
  { message: 'log must have debug, info, warn and error functions' },
);

/**
 * The options of {@link startSimulator}, parsed because they come from the command line, the
 * settings file or a test. Every field has a default, so `{}` is a working simulator.
 */
export const simulatorOptionsSchema = z.object({
  /** Interface to listen on; loopback unless the user chooses otherwise. */
  host: z.string().min(1).default('127.0.0.1'),
  /** 0 picks a free port. */
  port: z.number().int().min(0).max(65_535).default(0),
  /**
   * How the clock moves: a number is how many times faster than real (timers, durations and
   * timestamps); `instant` skips time whenever nothing is in flight; `manual` moves only through
   * the control API. Ignored when `clock` is given.
   */
  speed: z.union([z.number().positive().max(1_000), z.enum(['instant', 'manual'])]).default(1),
  /** A session's shared clock (the runner and the listener read the same one). */
  clock: z.custom<SimClock>((value) => value instanceof SimClock).optional(),
  /** Requests per (virtual) minute per account, as documented; 0 turns the limit off. */
  rateLimitPerMinute: z.number().int().min(0).default(100),
  /** The account served; generated when absent (printed by `legflow sim`). */
  account: z
    .object({
      sid: z.string().regex(/^[A-Za-z0-9_-]+$/, 'account sid may hold letters, digits, _ and -'),
      key: z.string().min(1),
      token: z.string().min(1),
    })
    .optional(),
  /** `--faults SPEC` text (see fault-spec.ts) or an already parsed spec. */
  faults: z.union([z.string(), faultSpecSchema]).optional(),
  /** A phonebook file's path, or its contents; the built-in demo phonebook when absent. */
  phonebook: z
    .union([z.string(), z.custom<PhonebookFile>((value) => typeof value === 'object')])
    .optional(),
  /** Personas by number that override the phonebook: what a scenario file says. */
  personas: z.record(z.string(), personaSchema).optional(),
  /** Where incoming calls to each exophone send their events, as `/_sim/exophones` sets it. */
  incomingEndpoints: z.record(z.string(), z.string()).optional(),
  /**
   * Addresses the simulator resolves itself, like a hosts file: `{ 'listener.legflow:9001':
   * '127.0.0.1:40999' }`. An exact session gives its listener a fixed name this way, so the
   * endpoint in every request and reply is the same on every run, whatever port is free.
   */
  hosts: z.record(z.string(), z.string()).optional(),
  /**
   * The address recording URLs name instead of the server's own (which has a free port in it);
   * the files are still served at the server's address under the same path. An exact session
   * sets a fixed one so its runs print the same bytes every time.
   */
  recordingsBaseUrl: z.string().url().optional(),
  /**
   * A secret the HTTP control API (`/_sim/`) then requires as `Authorization: Bearer <token>`.
   * The app sets one: its simulator drives the user's running flow, so no other program or web
   * page may place calls into it. `legflow sim` has none: that simulator is its user's to drive.
   */
  controlToken: z.string().min(16).optional(),
  /** The event .proto; found under `proto/` above the app when absent. */
  protoFile: z.string().min(1).optional(),
  /**
   * The seed for ids and faults: the same seed and the same requests give the same run. A fault
   * spec's own `seed` wins for faults. Account credentials stay random regardless.
   */
  seed: z.number().int().min(0).max(0xffff_ffff).optional(),
  /** The simulator's virtual time at start (ms since the epoch); now by default. */
  startTimeMs: z.number().int().min(0).optional(),
  log: loggerSchema.optional(),
});

/** Options as a caller writes them. */
export type SimulatorOptions = z.input<typeof simulatorOptionsSchema> & {
  clock?: SimClock;
  faults?: string | FaultSpec;
  phonebook?: string | PhonebookFile;
  log?: SimLogger;
};

/** Options with the defaults filled in. */
export type ResolvedSimulatorOptions = z.output<typeof simulatorOptionsSchema>;

/** Checks the options; one error names every bad field. */
export function parseSimulatorOptions(input: unknown): ResolvedSimulatorOptions {
  const parsed = simulatorOptionsSchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`,
  );
  throw new Error(`Invalid simulator options: ${problems.join('; ')}`);
}
