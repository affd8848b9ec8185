import { LEGS_API } from '../../../shared/api/legs-api-paths';
import { z } from 'zod';
import { endpointProblem } from '../delivery/event-endpoint';
import { runBridgeActions, whyNotOnBridge } from '../platform/bridge-actions';
import { createBridge, endBridge } from '../platform/bridges';
import type { SimBridge } from '../platform/sim-bridge';
import type { SimLeg } from '../platform/sim-leg';
import { badRequest, notFound } from './api-errors';
import { isJsonObject, route } from './api-context';
import type { ApiContext, ApiRoute } from './api-context';
import { newActionRef, parseActionRequest } from './action-request';
import { describeProblems } from './create-leg-request';
import { v2Success } from './envelope';
import { bridgeView, createdBridgeView } from './resource-views';

/** The body of `POST /bridges`. */
const createBridgeSchema = z.object({
  leg_sids: z
    .array(z.string({ error: 'leg_sids must hold leg sids (strings)' }), {
      error: (issue) =>
        issue.input === undefined ? 'leg_sids is required' : 'leg_sids must be a list of leg sids',
    })
    .min(1, { message: 'leg_sids must name at least one leg' }),
  bridge_event_endpoint: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'bridge_event_endpoint is required'
          : 'bridge_event_endpoint must be a string',
    })
    .superRefine((value, context) => {
      const problem = endpointProblem('bridge_event_endpoint', value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
  absorb_dtmf: z.boolean({ error: 'absorb_dtmf must be true or false' }).default(false),
});

function bridgeOf({ platform, params }: ApiContext): SimBridge {
  const bridge = platform.bridges.get(params.bridgeSid ?? '');
  if (!bridge) throw notFound(`bridge ${params.bridgeSid}`);
  return bridge;
}

/** The legs a new bridge joins: each known, answered, alive and in no other bridge. */
function bridgeableLegs(context: ApiContext, sids: string[]): SimLeg[] {
  if (new Set(sids).size !== sids.length) throw badRequest('leg_sids names a leg twice');
  return sids.map((sid) => {
    const leg = context.platform.legs.get(sid);
    if (!leg) throw badRequest(`leg_sids: there is no leg ${sid}`);
    if (leg.state === 'terminal') throw badRequest(`leg_sids: leg ${sid} has ended`);
    if (leg.state !== 'connected') throw badRequest(`leg_sids: leg ${sid} is not answered yet`);
    if (leg.bridgeSid !== undefined) {
      throw badRequest(`leg_sids: leg ${sid} is already in bridge ${leg.bridgeSid}`);
    }
    return leg;
  });
}

function create(context: ApiContext) {
  if (!isJsonObject(context.body)) {
    throw badRequest('The body must be a JSON object with leg_sids and bridge_event_endpoint');
  }
  const parsed = createBridgeSchema.safeParse(context.body);
  if (!parsed.success) {
    const { message, description } = describeProblems(parsed.error);
    throw badRequest(message, description);
  }
  const legs = bridgeableLegs(context, parsed.data.leg_sids);
  const bridge = createBridge(context.platform, {
    legs,
    endpoint: parsed.data.bridge_event_endpoint,
    absorbDtmf: parsed.data.absorb_dtmf,
  });
  return v2Success(context.platform.ids, 'POST', 202, createdBridgeView(bridge));
}

function stop(context: ApiContext) {
  const bridge = bridgeOf(context);
  const action = isJsonObject(context.body) ? context.body.action : undefined;
  if (action !== 'stop') throw badRequest('action must be "stop"');
  if (bridge.state === 'terminal') throw badRequest(`Bridge ${bridge.sid} has already ended`);
  endBridge(context.platform, bridge);
  return v2Success(context.platform.ids, 'PUT', 202, { bridge_sid: bridge.sid });
}

function actions(context: ApiContext) {
  const bridge = bridgeOf(context);
  const { request, actions: parsed } = parseActionRequest(context.body);
  for (const item of parsed) {
    const problem = whyNotOnBridge(bridge, item);
    if (problem) throw badRequest(problem);
  }
  const action = newActionRef(context.platform.ids, request);
  runBridgeActions(context.platform, bridge, parsed, action);
  return v2Success(context.platform.ids, 'POST', 202, {
    bridge_sid: bridge.sid,
    action_sid: action.sid,
  });
}

/** The bridge endpoints. */
export const bridgeRoutes: ApiRoute[] = [
  route(LEGS_API.createBridge, create),
  route(LEGS_API.getBridge, (context) =>
    v2Success(context.platform.ids, 'GET', 200, bridgeView(bridgeOf(context))),
  ),
  route(LEGS_API.stopBridge, stop),
  route(LEGS_API.bridgeAction, actions),
].flat();
