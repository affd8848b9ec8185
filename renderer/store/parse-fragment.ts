// The clipboard is a boundary: whatever is pasted is parsed with a schema before it touches the
// flow. A whole flow file pasted as text is accepted too and becomes a fragment of all of it.
import { z } from 'zod';
import {
  flowEdgeSchema,
  flowLegSchema,
  flowNodeSchema,
  flowNoteSchema,
} from '../../shared/flow/flow-document';
import { FlowLoadError, loadFlow } from '../../shared/flow/load-flow';
import { FLOW_FORMAT } from '../../shared/flow/flow-document';
import { FRAGMENT_FORMAT } from './flow-fragment';
import type { FlowFragment } from './flow-fragment';

const fragmentSchema = z.object({
  format: z.literal(FRAGMENT_FORMAT),
  version: z.literal(1),
  legs: z.array(flowLegSchema),
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema),
  notes: z.array(flowNoteSchema),
});

/** The JSON written to the clipboard for a fragment; indented so it reads well if pasted in a ticket. */
export function stringifyFragment(fragment: FlowFragment): string {
  return JSON.stringify(fragment, null, 2);
}

/**
 * Reads clipboard text as a fragment or a whole flow. Returns null for text that is neither (an
 * ordinary paste of words), and throws with the reasons for a fragment or flow that is broken.
 */
export function parseFragment(text: string): FlowFragment | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(trimmed);
  } catch {
    return null;
  }
  const format = (raw as { format?: unknown } | null)?.format;
  if (format === FLOW_FORMAT) {
    try {
      const flow = loadFlow(trimmed);
      const { legs, nodes, edges, notes } = flow;
      return { format: FRAGMENT_FORMAT, version: 1, legs, nodes, edges, notes };
    } catch (error) {
      if (error instanceof FlowLoadError) throw new Error(error.message, { cause: error });
      throw error;
    }
  }
  if (format !== FRAGMENT_FORMAT) return null;
  const parsed = fragmentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  return parsed.data;
}
