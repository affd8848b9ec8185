// ASSUMPTION(v3-500s): seed 003's 500/10743 and 500/10715 happen only when the faults ask for them.
/**
 * The `--faults SPEC` of `legflow sim`: what goes wrong on purpose, so the app's robustness can be
 * tested. A SPEC is a comma-separated list of `name=value`:
 *
 * | name      | value            | what it does                                                   |
 * |-----------|------------------|----------------------------------------------------------------|
 * | `500`     | rate             | that share of API requests is answered 500 and not carried out |
 * | `429`     | rate             | that share is answered 429 (the documented rate-limit body)    |
 * | `latency` | duration / range | real time added before each API reply and each event delivery  |
 * | `drop`    | rate             | that share of events is never delivered                        |
 * | `dup`     | rate             | that share of events is delivered twice (same `event_sid`)     |
 * | `reorder` | rate             | that share of events is held back until after the leg's next   |
 * | `10743`   | rate             | that share of v3 call-legs lookups is answered 500/10743       |
 * | `10715`   | rate             | that share is answered 500/10715 (seed 003's two v3 500s)      |
 * | `enqueue` | rate             | calls-per-second control: that share of `priority: normal`     |
 * |           |                  | create-legs is enqueued (reply `status: "enqueued"`, dialled   |
 * |           |                  | later); `priority: high` is never enqueued                     |
 * | `seed`    | whole number     | seeds the random choices, so a failing run can be repeated     |
 *
 * A rate is a fraction (`0.05`) or a percentage (`5%`); a duration is `200ms`, `1.5s` or a range
 * `50-300ms` (uniformly random). Example: `500=0.05,429=2%,latency=200ms,drop=0.01,dup=0.05`.
 * `none` or an empty SPEC means no faults.
 */
export interface FaultSpec {
  http500: number;
  http429: number;
  /** Real milliseconds; each delay is drawn uniformly from [min, max]. */
  latencyMs: { min: number; max: number };
  drop: number;
  dup: number;
  reorder: number;
  // The three below are optional (absent = 0) so a spec given as an object without them, as
  // simulator-options.ts accepts one, still is a FaultSpec.
  /** v3 call legs answered 500 with 10743 "Legs not found". */
  v3LegsNotFound?: number;
  /** v3 call legs answered 500 with 10715 "Error retrieving leg details". */
  v3LegDetailsError?: number;
  /** Normal-priority create-legs enqueued by calls-per-second control. */
  enqueue?: number;
  /** Absent: a different random sequence each run. */
  seed?: number;
}

/** A SPEC that could not be read; the message says which part and why, for the terminal. */
export class FaultSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultSpecError';
  }
}

/** No faults at all. */
export const NO_FAULTS: FaultSpec = Object.freeze({
  http500: 0,
  http429: 0,
  latencyMs: Object.freeze({ min: 0, max: 0 }),
  drop: 0,
  dup: 0,
  reorder: 0,
});

type RateName =
  | 'http500'
  | 'http429'
  | 'drop'
  | 'dup'
  | 'reorder'
  | 'v3LegsNotFound'
  | 'v3LegDetailsError'
  | 'enqueue';
const RATES: Record<string, RateName> = {
  '500': 'http500',
  '429': 'http429',
  drop: 'drop',
  dup: 'dup',
  reorder: 'reorder',
  '10743': 'v3LegsNotFound',
  '10715': 'v3LegDetailsError',
  enqueue: 'enqueue',
};
const KNOWN = [
  '500',
  '429',
  'latency',
  'drop',
  'dup',
  'reorder',
  '10743',
  '10715',
  'enqueue',
  'seed',
];
const EXAMPLE = '500=0.05,429=0.02,latency=200ms,drop=0.01,dup=0.05,reorder=0.05';

/** Reads a `--faults` SPEC; throws a {@link FaultSpecError} naming the bad part. */
export function parseFaultSpec(text: string): FaultSpec {
  const trimmed = text.trim();
  const spec: FaultSpec = { ...NO_FAULTS, latencyMs: { min: 0, max: 0 } };
  if (trimmed === '' || trimmed.toLowerCase() === 'none') return spec;
  const seen = new Set<string>();
  for (const part of trimmed.split(',')) {
    const item = part.trim();
    const match = /^([^=\s]+)\s*=\s*(\S+)$/.exec(item);
    if (!match) fail(`"${item}" is not name=value`);
    const name = match[1]!.toLowerCase();
    const value = match[2]!;
    if (!KNOWN.includes(name)) fail(`"${name}" is not a fault; known faults: ${KNOWN.join(', ')}`);
    if (seen.has(name)) fail(`"${name}" is given twice`);
    seen.add(name);
    const rate = RATES[name];
    if (rate) spec[rate] = parseRate(name, value);
    else if (name === 'latency') spec.latencyMs = parseLatency(value);
    else spec.seed = parseSeed(value);
  }
  return spec;
}

/** Writes a spec back in SPEC syntax, e.g. for `legflow sim` to print what it injects. */
export function formatFaultSpec(spec: FaultSpec): string {
  const parts: string[] = [];
  for (const [name, key] of Object.entries(RATES)) {
    const value = spec[key] ?? 0;
    if (value > 0) parts.push(`${name}=${value}`);
  }
  const { min, max } = spec.latencyMs;
  if (max > 0) parts.push(`latency=${min === max ? `${max}ms` : `${min}-${max}ms`}`);
  if (spec.seed !== undefined) parts.push(`seed=${spec.seed}`);
  return parts.length ? parts.join(',') : 'none';
}

/** Whether the spec injects anything at all. */
export function hasFaults(spec: FaultSpec): boolean {
  return formatFaultSpec({ ...spec, seed: undefined }) !== 'none';
}

function parseRate(name: string, value: string): number {
  const percent = value.endsWith('%');
  const number = Number(percent ? value.slice(0, -1) : value);
  const rate = percent ? number / 100 : number;
  if (!/^\d*\.?\d+%?$/.test(value) || !(rate >= 0 && rate <= 1)) {
    fail(`${name}=${value}: a rate is a fraction from 0 to 1 (0.05) or a percentage (5%)`);
  }
  return rate;
}

function parseLatency(value: string): { min: number; max: number } {
  const match = /^(\d*\.?\d+)(?:-(\d*\.?\d+))?(ms|s)$/.exec(value);
  if (!match) {
    fail(`latency=${value}: give a duration such as 200ms or 1.5s, or a range such as 50-300ms`);
  }
  const unit = match[3] === 's' ? 1000 : 1;
  const min = Number(match[1]) * unit;
  const max = match[2] === undefined ? min : Number(match[2]) * unit;
  if (max < min) fail(`latency=${value}: the range goes down`);
  if (max > 60_000) fail(`latency=${value}: at most 60s`);
  return { min, max };
}

function parseSeed(value: string): number {
  if (!/^\d{1,9}$/.test(value)) fail(`seed=${value}: a seed is a whole number`);
  return Number(value);
}

function fail(reason: string): never {
  throw new FaultSpecError(`Invalid --faults: ${reason}. Example: ${EXAMPLE}`);
}
