import { z } from 'zod';
import { getDefinition } from '../../../shared/catalog';
import type { ParamSpec, ParamValue } from '../../../shared/catalog';
import {
  ExomlContentError,
  ExomlParseError,
  elementToAction,
  parseExoml,
} from '../../../shared/exoml';
import type { ExomlElement, ExomlNode } from '../../../shared/exoml';
import { endpointProblem } from '../delivery/event-endpoint';
import type { SimIds } from '../sim-ids';
import type { LegAction } from '../platform/leg-actions';
import { badRequest } from './api-errors';
import { describeProblems } from './create-leg-request';

/** The body of `POST .../legs/{leg_sid}/actions` and `.../bridges/{bridge_sid}/actions`. */
export const actionRequestSchema = z.object({
  exoml: z
    .string({
      error: (issue) =>
        issue.input === undefined ? 'exoml is required' : 'exoml must be a string',
    })
    .refine((value) => value.trim() !== '', { message: 'exoml is empty' }),
  action_custom_param: z.string({ error: 'action_custom_param must be a string' }).optional(),
});

export type ActionRequest = z.output<typeof actionRequestSchema>;

/**
 * Reads an action request: the body's fields, the ExoML (well-formed, known tags), and every
 * attribute against the node catalog (enums, ranges, required values). Throws a 400 ApiError
 * saying what is wrong and where.
 */
export function parseActionRequest(body: unknown): {
  request: ActionRequest;
  actions: LegAction[];
} {
  const parsed = actionRequestSchema.safeParse(body);
  if (!parsed.success) {
    const { message, description } = describeProblems(parsed.error);
    throw badRequest(message, description);
  }
  let actions: LegAction[];
  try {
    actions = readActions(parsed.data.exoml);
  } catch (error) {
    if (error instanceof ExomlParseError || error instanceof ExomlContentError) {
      throw badRequest(`exoml is not valid: ${error.message}`);
    }
    throw error;
  }
  if (actions.length === 0) throw badRequest('exoml has no action: put one inside <Flow>');
  actions.forEach((action, index) => checkParams(action, index));
  return { request: parsed.data, actions };
}

// ASSUMPTION(say-tag): <Say> is emitted; <StartSay> (new-doc) is accepted as the same action.
/**
 * Other spellings of a tag that the simulator takes as the catalog's (any case). The 2026 ExoML
 * quickstart writes `<StartSay>` where seed 002 writes `<Say>`: the app emits the seed's tag and
 * the simulator accepts both, also as a Gather's or Hold's prompt.
 */
export const TAG_ALIASES: Readonly<Record<string, string>> = { startsay: 'Say' };

function withAliasesResolved(node: ExomlNode): ExomlNode {
  if (typeof node === 'string') return node;
  const tag = TAG_ALIASES[node.tag.toLowerCase()] ?? node.tag;
  return { ...node, tag, children: node.children.map(withAliasesResolved) };
}

/** An ExoML body (`<Flow>` with actions, any tag case, aliases resolved) as actions. */
function readActions(text: string): LegAction[] {
  const root = parseExoml(text);
  if (root.tag.toLowerCase() !== 'flow') {
    throw new ExomlContentError(`The root element must be <Flow>, not <${root.tag}>.`);
  }
  return root.children.map((child) => {
    if (typeof child === 'string') {
      throw new ExomlContentError(
        'Text directly inside <Flow> is not allowed; wrap it in an action such as <Say>.',
      );
    }
    return elementToAction(withAliasesResolved(child) as ExomlElement);
  });
}

/** Checks one action's params against its catalog definition. */
function checkParams({ kind, params }: LegAction, index: number): void {
  const definition = getDefinition(kind);
  if (!definition) return;
  const tag = `<${definition.exomlTag ?? kind}>`;
  const where = index === 0 ? tag : `${tag} (action ${index + 1})`;
  const specs = definition.params;
  for (const [name, value] of Object.entries(params)) {
    const spec = specs.find((candidate) => candidate.name === name);
    if (!spec) {
      const known = specs.filter(isAttribute).map((s) => s.name);
      throw badRequest(
        `exoml: ${where} has no attribute ${name}`,
        known.length ? `${tag} takes ${known.join(', ')}.` : `${tag} takes no attributes.`,
      );
    }
    const problem = valueProblem(spec, value);
    if (problem) throw badRequest(`exoml: ${where} ${name} ${problem}`);
  }
  // The catalog's cross-param checks are design-time advice (a Gather with neither numDigits nor
  // finishOnKey); the platform applies its defaults instead, and so does the simulator.
  for (const spec of specs) {
    const value = params[spec.name];
    if (spec.required && (value === undefined || String(value).trim() === '')) {
      throw badRequest(
        spec.exoml === 'content'
          ? `exoml: ${where} is empty: put the ${spec.label.toLowerCase()} between ${tag} and its closing tag`
          : `exoml: ${where} needs attribute ${spec.name} (${spec.label.toLowerCase()})`,
      );
    }
  }
}

/** Params the ExoML carries: attributes, the text, and a Gather's or Hold's nested prompt. */
function isAttribute(spec: ParamSpec): boolean {
  return (spec.exoml ?? 'attribute') === 'attribute';
}

function valueProblem(spec: ParamSpec, value: ParamValue): string | undefined {
  switch (spec.type) {
    case 'integer':
      return typeof value === 'number' && value >= spec.min && value <= spec.max
        ? undefined
        : `must be a whole number from ${spec.min} to ${spec.max}, not "${String(value)}"`;
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : `must be true or false, not "${String(value)}"`;
    case 'enum':
      return spec.options.some((option) => option.value === value)
        ? undefined
        : `must be one of ${spec.options.map((o) => `"${o.value}"`).join(', ')}, not "${String(value)}"`;
    case 'string':
      return typeof value === 'string' ? stringProblem(spec, value) : undefined;
    default:
      return undefined;
  }
}

function stringProblem(spec: ParamSpec & { type: 'string' }, raw: string): string | undefined {
  // The seeds write element text with spaces around it: `<StartPlay> https://… </StartPlay>`.
  const value = raw.trim();
  if (value === '' || spec.format !== 'url') return undefined;
  if (spec.name === 'legEventEndpoint') {
    return endpointProblem('', value)?.replace(/^ /, '');
  }
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\/\S+$/i.exec(value)?.[1]?.toLowerCase();
  if (!scheme) return `is not a URL: "${value}"`;
  if (spec.schemes && !spec.schemes.includes(scheme)) {
    return `must start with ${spec.schemes.map((s) => `${s}//`).join(' or ')}`;
  }
  return undefined;
}

/** The reference every event of one action carries: a new action sid and the caller's param. */
export function newActionRef(
  ids: SimIds,
  request: ActionRequest,
): { sid: string; customParam?: string } {
  return {
    sid: ids.sid(),
    ...(request.action_custom_param === undefined
      ? {}
      : { customParam: request.action_custom_param }),
  };
}
