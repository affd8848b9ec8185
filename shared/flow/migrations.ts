import { CURRENT_FLOW_VERSION } from './flow-document';

/** Turns a version-N document into version N+1. Works on plain JSON, before schema checks. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/** The node kinds whose `loop` param is ExoML's `loop` attribute (catalog: `loopParam`). */
const LOOPING_KINDS: ReadonlySet<unknown> = new Set(['say', 'play']);

/**
 * Version 1 → 2: `loop` becomes a count of repeats. Version 1 labelled it "how many times to
 * play" (default 1) and played once for both 0 and 1; seed 002 says `loop` is "number of times
 * to repeat, default 0", so a version-1 `loop` of N (N ≥ 1) means N − 1 repeats, and 0 stays 0.
 * A node without `loop` had the old default (play once) and gets the new one (0 repeats), so
 * it is left as it is. Nothing else changes.
 */
export function loopCountsRepeats(document: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(document.nodes)) return document;
  const nodes = document.nodes.map((node: unknown) => {
    if (!node || typeof node !== 'object') return node;
    const { kind, params } = node as { kind?: unknown; params?: unknown };
    if (!LOOPING_KINDS.has(kind) || !params || typeof params !== 'object') return node;
    const loop = (params as Record<string, unknown>).loop;
    if (typeof loop !== 'number' || !Number.isFinite(loop)) return node;
    return { ...node, params: { ...params, loop: Math.max(0, Math.round(loop) - 1) } };
  });
  return { ...document, nodes };
}

/** `MIGRATIONS[n]` upgrades version n to n+1; each format change adds one and bumps the version. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: loopCountsRepeats,
};

export class FlowVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FlowVersionError';
  }
}

/**
 * Brings a document of any known older version up to `target`, one step at a time.
 * A newer version than this build knows, or a gap in the table, is an error, never a guess.
 */
export function migrateFlow(
  document: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = CURRENT_FLOW_VERSION,
): Record<string, unknown> {
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FlowVersionError(
      `"version" must be a whole number from 1 up, not ${JSON.stringify(version)}.`,
    );
  }
  if (version > target) {
    throw new FlowVersionError(
      `This flow is format version ${version}, made by a newer Legflow Studio; this one reads up to version ${target}. Update the app to open it.`,
    );
  }
  let current = document;
  for (let from = version; from < target; from++) {
    const step = migrations[from];
    if (!step)
      throw new FlowVersionError(`No migration from flow format version ${from} to ${from + 1}.`);
    current = { ...step(current), version: from + 1 };
  }
  return current;
}
