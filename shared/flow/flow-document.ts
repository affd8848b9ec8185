import { z } from 'zod';
import { NODE_KINDS } from '../catalog/node-definition';
import { BRANCH_OPERATORS } from '../catalog/param-spec';

/** The format tag every flow file carries, so a stray JSON file is not mistaken for a flow. */
export const FLOW_FORMAT = 'legflow.flow';
/**
 * The version this build writes. Older versions are migrated on load (see migrations.ts).
 * 2: `loop` of Say and Play counts repeats, as seed 002 has it (version 1 counted plays).
 */
export const CURRENT_FLOW_VERSION = 2;

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_.-]+$/, 'may use only letters, digits, "_", "." and "-"');

const position = z.object({ x: z.number().finite(), y: z.number().finite() });

export const flowLegSchema = z.object({
  id,
  label: z.string().max(60),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #2563eb'),
});

const paramValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.array(z.object({ digits: z.string(), label: z.string() })),
  z.array(
    z.object({
      operator: z.enum(BRANCH_OPERATORS),
      value: z.string(),
      label: z.string().optional(),
    }),
  ),
]);

export const flowNodeSchema = z.object({
  id,
  kind: z.enum(NODE_KINDS, {
    error: (issue) =>
      `unknown node kind ${JSON.stringify(issue.input)}; known kinds are ${NODE_KINDS.join(', ')}`,
  }),
  /** Omitted in a hand-written file for a node that acts on no leg (End, Wait, Branch...). */
  leg: id.nullable().default(null),
  label: z.string().max(120),
  params: z.record(z.string(), paramValue),
  position,
});

export const flowEdgeSchema = z.object({
  id,
  from: id,
  port: z.string().min(1),
  to: id,
});

export const flowNoteSchema = z.object({
  id,
  text: z.string().max(4000),
  position,
});

export const flowDocumentSchema = z.object({
  format: z.literal(FLOW_FORMAT),
  version: z.literal(CURRENT_FLOW_VERSION),
  name: z.string().min(1, 'must not be empty').max(200),
  legs: z.array(flowLegSchema),
  nodes: z.array(flowNodeSchema),
  edges: z.array(flowEdgeSchema),
  // Optional in a hand-written file; written out always (serialize-flow.ts).
  notes: z.array(flowNoteSchema).default([]),
  variables: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.string()).default({}),
});

export type FlowDocument = z.infer<typeof flowDocumentSchema>;
export type FlowNode = z.infer<typeof flowNodeSchema>;
export type FlowEdge = z.infer<typeof flowEdgeSchema>;
export type FlowLeg = z.infer<typeof flowLegSchema>;
export type FlowNote = z.infer<typeof flowNoteSchema>;
