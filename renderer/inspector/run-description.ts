// What a node that posts no ExoML does at run time, in words and as the API request it sends.
// Mirrors electron/runner/execute-node.ts; templates are shown as written, as in the ExoML preview.
import { branchConditions, definitionOf } from '../../shared/catalog';
import type { FlowLeg, FlowNode } from '../../shared/flow';
import { OPERATOR_LABELS, operatorTakesValue } from './list-items';

export interface ApiRequest {
  method: 'POST';
  path: string;
  body: Record<string, unknown>;
}

export interface RunDescription {
  /** One or two plain sentences. */
  text: string;
  /** Further lines, e.g. one per Branch condition. */
  details: string[];
  /** The request the node sends to the platform, when it sends one. */
  request?: ApiRequest;
}

/** The parts of a node its run depends on. */
export type RunNode = Pick<FlowNode, 'kind' | 'leg' | 'params'>;

/** Stands for the address the app fills in: its own event listener. */
export const EVENT_ENDPOINT = "<this app's event listener>";

function str(node: RunNode, name: string): string {
  const value = node.params[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function legName(role: string | null, legs: readonly FlowLeg[]): string {
  const leg = legs.find((candidate) => candidate.id === role);
  return leg?.label || role || 'its';
}

function outboundCall(node: RunNode, legs: readonly FlowLeg[]): RunDescription {
  const body: Record<string, unknown> = {};
  for (const spec of definitionOf('outbound-call').params) {
    const value = node.params[spec.name];
    if (value !== undefined && value !== '') body[spec.name] = value;
  }
  body.leg_event_endpoint = EVENT_ENDPOINT;
  const number = str(node, 'contact_uri') || 'the number';
  return {
    text: `Creates the ${legName(node.leg, legs)} leg: dials ${number}, then waits until the call is answered, busy, not answered or fails.`,
    details: [],
    request: { method: 'POST', path: '/v2/accounts/{account_sid}/legs', body },
  };
}

function bridgeLegs(node: RunNode, legs: readonly FlowLeg[]): RunDescription {
  const roles = Array.isArray(node.params.legs) ? (node.params.legs as string[]) : [];
  const names = roles.map((role) => legName(role, legs));
  const body: Record<string, unknown> = {
    leg_sids: roles.map((role) => `{{${role}.leg_sid}}`),
    bridge_event_endpoint: EVENT_ENDPOINT,
  };
  if (node.params.absorb_dtmf === true) body.absorb_dtmf = true;
  return {
    text: `Connects ${names.length ? names.join(' and ') : 'the chosen legs'} so they talk to each other, then goes on by Next. Later nodes can use {{bridge.sid}}.`,
    details: [],
    request: { method: 'POST', path: '/v2/accounts/{account_sid}/bridges', body },
  };
}

function branch(node: RunNode): RunDescription {
  const variable = str(node, 'variable') || 'digits';
  const details = branchConditions(node.params).map((condition, index) => {
    const test = operatorTakesValue(condition.operator)
      ? `${OPERATOR_LABELS[condition.operator]} "${condition.value}"`
      : OPERATOR_LABELS[condition.operator];
    return `${index + 1}. If {{${variable}}} ${test} → ${condition.label || `output ${index + 1}`}`;
  });
  return {
    text: `Reads {{${variable}}} and leaves by the first condition that holds, otherwise by Else.`,
    details,
  };
}

/** What `node` does when the flow runs, for kinds that post no ExoML. */
export function describeRun(node: RunNode, legs: readonly FlowLeg[]): RunDescription {
  switch (node.kind) {
    case 'outbound-call':
      return outboundCall(node, legs);
    case 'bridge-legs':
      return bridgeLegs(node, legs);
    case 'branch':
      return branch(node);
    case 'incoming-call':
      return {
        text: `Starts the flow when someone calls ${str(node, 'exophone') || 'your ExoPhone'}. The caller becomes the ${legName(node.leg, legs)} leg. Nothing is sent to the platform.`,
        details: [],
      };
    case 'wait':
      return {
        text: `Waits ${str(node, 'seconds') || '5'} seconds, then goes on by Next. The call stays up meanwhile.`,
        details: [],
      };
    case 'set-variable':
      return {
        text: `Stores "${str(node, 'value')}" as {{${str(node, 'name') || 'name'}}}, for later Say text or Branch tests.`,
        details: [],
      };
    case 'end': {
      const reason = str(node, 'reason');
      return {
        text: `Ends the run as ${str(node, 'status') || 'completed'}${reason ? ` (“${reason}”)` : ''}. Every leg the run created is hung up.`,
        details: [],
      };
    }
    default:
      return { text: definitionOf(node.kind).help, details: [] };
  }
}
