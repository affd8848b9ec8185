import type { ExomlElement } from '../exoml/exoml-element';
import type { ParamSpec, Params } from './param-spec';
import type { EventName } from '../events';

export const NODE_KINDS = [
  'answer',
  'hangup',
  'play',
  'stop-play',
  'say',
  'stop-say',
  'start-recording',
  'stop-recording',
  'gather',
  'hold',
  'unhold',
  'mute',
  'unmute',
  'join-bridge',
  'leave-bridge',
  'start-stream',
  'stop-stream',
  'start-monitoring',
  'stop-monitoring',
  'refer',
  'outbound-call',
  'incoming-call',
  'bridge-legs',
  'wait',
  'branch',
  'set-variable',
  'end',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const CATEGORIES = [
  'Calls',
  'Audio',
  'Input',
  'Recording',
  'Call control',
  'Bridging',
  'Streaming & monitoring',
  'Flow',
] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PortSpec {
  name: string;
  label: string;
  /** A required port left unconnected is a validation error. */
  required: boolean;
}

/**
 * What the runner waits for after entering a node. Each outcome maps an event (optionally with
 * matching fields of its data) to the port the cursor leaves by; the first match wins. The port
 * `$choice` means: the port named by the event's digits, or `invalid` when no choice matches.
 */
/** A problem with a node's params found by a kind's own rule. */
export interface ParamCheck {
  param: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface WaitSpec {
  outcomes: { event: EventName; match?: Record<string, string>; port: string }[];
  timeoutSeconds: number;
  timeoutPort: string;
}

export interface NodeDefinition {
  kind: NodeKind;
  title: string;
  /** One or two plain sentences for designers, shown in the palette and the inspector. */
  help: string;
  category: Category;
  /** A short glyph shown on the node and in the palette. */
  icon: string;
  /** Whether the node acts on one leg role (the node's `leg` field). */
  usesLeg: boolean;
  /** Triggers start a run and take no incoming edges. */
  trigger: boolean;
  params: ParamSpec[];
  ports(params: Params): PortSpec[];
  /** The ExoML element an action node posts; absent for kinds that are API calls or flow control. */
  toExoml?(params: Params): ExomlElement;
  /** The ExoML tag this kind compiles to, for parsing ExoML back into params. */
  exomlTag?: string;
  /** Reads params back from an element of `exomlTag`; the generic reader is used when absent. */
  fromExoml?(element: ExomlElement): Params;
  /** Rules that span several params, e.g. Gather needs numDigits or finishOnKey. */
  checks?(params: Params): ParamCheck[];
  waitsFor(params: Params): WaitSpec | null;
  /** One line for the node on the canvas, e.g. the first words of a Say. */
  summary(params: Params): string;
}
