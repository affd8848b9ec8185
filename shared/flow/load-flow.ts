import type { z } from 'zod';
import { flowDocumentSchema, FLOW_FORMAT } from './flow-document';
import type { FlowDocument } from './flow-document';
import { FlowVersionError, migrateFlow } from './migrations';
import { nestsDeeperThan } from '../json-depth';

/** Why a file could not be read as a flow, with each problem naming where it is. */
export class FlowLoadError extends Error {
  constructor(
    readonly problems: string[],
    /** True when the file is not a flow at all (not JSON, or no legflow.flow format tag). */
    readonly notAFlow: boolean,
  ) {
    super(
      problems.length === 1
        ? problems[0]!
        : `${problems.length} problems:\n- ${problems.join('\n- ')}`,
    );
    this.name = 'FlowLoadError';
  }
}

/** `nodes[2].params.loop` style paths, and the node id where there is one. */
function describePath(path: readonly PropertyKey[], input: unknown): string {
  let text = '';
  let cursor: unknown = input;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : text ? `.${String(key)}` : String(key);
    cursor =
      cursor && typeof cursor === 'object'
        ? (cursor as Record<PropertyKey, unknown>)[key]
        : undefined;
    if (typeof key === 'number' && cursor && typeof cursor === 'object' && 'id' in cursor) {
      const id = (cursor as { id: unknown }).id;
      if (typeof id === 'string') text += ` (id "${id}")`;
    }
  }
  return text || 'the file';
}

function schemaProblems(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => `${describePath(issue.path, input)}: ${issue.message}`);
}

type Identified = { id?: unknown };
type LooseEdge = Identified & { from?: unknown; to?: unknown };

function asList<T>(value: unknown): T[] {
  return Array.isArray(value)
    ? (value.filter((item) => item && typeof item === 'object') as T[])
    : [];
}

/**
 * Edges and node references that point at nothing: the file is broken, not just unfinished.
 * Works on the raw document so these are reported alongside any schema problems.
 */
function referenceProblems(document: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const nodeIds = new Set<unknown>();
  for (const [index, node] of asList<Identified>(document.nodes).entries()) {
    if (nodeIds.has(node.id))
      problems.push(`nodes[${index}]: the id "${idText(node.id)}" is used by two nodes`);
    nodeIds.add(node.id);
  }
  const edgeIds = new Set<unknown>();
  for (const [index, edge] of asList<LooseEdge>(document.edges).entries()) {
    const where = `edges[${index}] (id "${idText(edge.id)}")`;
    if (edgeIds.has(edge.id))
      problems.push(`${where}: the id "${idText(edge.id)}" is used by two edges`);
    edgeIds.add(edge.id);
    for (const end of ['from', 'to'] as const) {
      if (typeof edge[end] === 'string' && !nodeIds.has(edge[end])) {
        problems.push(`${where}: "${end}" names node "${edge[end]}", which is not in the flow`);
      }
    }
  }
  const legs = asList<Identified>(document.legs);
  if (new Set(legs.map((leg) => leg.id)).size !== legs.length)
    problems.push('legs: two legs share an id');
  return problems;
}

/** Whether JSON.parse fails inside the prefix, rather than only because the prefix stops short. */
function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    if (/end of (JSON|data)/i.test(message)) return false;
    const position = /position (\d+)/.exec(message)?.[1];
    return position === undefined || Number(position) < prefix.trimEnd().length;
  }
}

/**
 * Where JSON.parse gave up, as line and column. Not every engine names the offset, so it is
 * found by bisection: the shortest prefix that fails for a reason other than ending too soon.
 */
function jsonErrorText(text: string): string {
  if (!failsBeforeEnd(text)) return 'the text ends before the JSON is complete';
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = (good + bad) >> 1;
    if (failsBeforeEnd(text.slice(0, middle))) bad = middle;
    else good = middle;
  }
  const before = text.slice(0, bad - 1).split('\n');
  const found = JSON.stringify(text[bad - 1]);
  return `unexpected ${found} at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/** A flow nests about six levels (nodes → params → choices → …); anything far deeper is not one. */
const MAX_FLOW_DEPTH = 64;

/** An id as a message quotes it: as written when it is text, else as JSON (`{}`, `42`). */
function idText(id: unknown): string {
  return typeof id === 'string' ? id : JSON.stringify(id ?? null);
}

/**
 * Reads a flow file's text: JSON, then the format tag, then migration to the current version,
 * then the schema and the references between parts. Throws FlowLoadError with plain messages
 * naming what is wrong and where; never a stack trace for a user to read.
 */
export function loadFlow(fileText: string): FlowDocument {
  // Some editors save UTF-8 with a byte order mark; JSON.parse refuses it.
  const text = fileText.startsWith('\uFEFF') ? fileText.slice(1) : fileText;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new FlowLoadError([`The file is not valid JSON: ${jsonErrorText(text)}.`], true);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new FlowLoadError(
      ['The file is JSON but not an object, so it is not a Legflow flow.'],
      true,
    );
  }
  if (nestsDeeperThan(raw, MAX_FLOW_DEPTH)) {
    throw new FlowLoadError(
      [`The file nests more than ${MAX_FLOW_DEPTH} levels deep, which no Legflow flow does.`],
      true,
    );
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== FLOW_FORMAT) {
    throw new FlowLoadError(
      [
        `The file is not a Legflow flow: "format" must be "${FLOW_FORMAT}", found ${JSON.stringify(record.format ?? null)}.`,
      ],
      true,
    );
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrateFlow(record);
  } catch (error) {
    if (error instanceof FlowVersionError) throw new FlowLoadError([error.message], false);
    throw error;
  }
  const parsed = flowDocumentSchema.safeParse(migrated);
  const problems = [
    ...(parsed.success ? [] : schemaProblems(parsed.error, migrated)),
    ...referenceProblems(migrated),
  ];
  if (!parsed.success || problems.length) throw new FlowLoadError(problems, false);
  return parsed.data;
}
