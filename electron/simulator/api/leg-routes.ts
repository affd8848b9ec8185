import { LEGS_API } from '../../../shared/api/legs-api-paths';
import { dialOutbound } from '../platform/leg-lifecycle';
import { whyNot } from '../platform/action-rules';
import { runLegActions } from '../platform/leg-actions';
import { newLeg } from '../platform/new-leg';
import type { SimLeg } from '../platform/sim-leg';
import { badRequest, notFound } from './api-errors';
import { isJsonObject, route } from './api-context';
import type { ApiContext, ApiRoute } from './api-context';
import { newActionRef, parseActionRequest } from './action-request';
import { CALL_TIMING } from '../platform/call-timing';
import { createLegRequestSchema, createLegWarnings, describeProblems } from './create-leg-request';
import type { CreateLegRequest } from './create-leg-request';
import type { SimPlatform } from '../platform/sim-platform';
import { v2Success } from './envelope';
import { createdLegView, legView } from './resource-views';

/** The leg of the path, or 404. */
export function legOf({ platform, params }: ApiContext): SimLeg {
  const leg = platform.legs.get(params.legSid ?? '');
  if (!leg) throw notFound(`leg ${params.legSid}`);
  return leg;
}

/**
 * `POST /legs`: checks the body, dials, and answers 202 while the call goes on (events say how).
 * With the `enqueue` fault (calls-per-second control, seed 001's `priority`), a normal-priority
 * leg is enqueued: the reply says `status: "enqueued"` and dialling starts
 * `CALL_TIMING.enqueuedMs` later; `priority: "high"` goes ahead at once.
 */
function createLeg(context: ApiContext) {
  const { body, platform, phonebook } = context;
  if (!isJsonObject(body)) {
    throw badRequest(
      'The body must be a JSON object with contact_uri, exophone and leg_event_endpoint',
    );
  }
  const parsed = createLegRequestSchema.safeParse(body);
  if (!parsed.success) {
    const { message, description } = describeProblems(parsed.error);
    throw badRequest(message, description);
  }
  const request = parsed.data;
  for (const warning of createLegWarnings(request)) {
    platform.deps.logger.warn(`create-leg: ${warning}`, { contact_uri: request.contact_uri });
  }
  const location = placement(platform, request);
  const entry = phonebook.entryOf(request.contact_uri);
  const leg = newLeg(platform, {
    direction: 'outbound',
    contactUri: request.contact_uri,
    exophone: request.exophone,
    endpoint: request.leg_event_endpoint,
    networkType: request.network_type,
    customParam: request.custom_param ?? null,
    timeouts: {
      timeout: request.timeout,
      setupTimeout: request.setup_timeout,
      ringTimeout: request.ring_timeout,
      timeLimit: request.time_limit,
    },
    amdEnable: request.amd_enable,
    asyncAmd: request.async_amd && request.amd_enable,
    priority: request.priority,
    ...location,
    ...(request.reference_leg_sid === undefined
      ? {}
      : { referenceLegSid: request.reference_leg_sid }),
    persona: phonebook.personaOf(request.contact_uri),
    ...(entry?.name === undefined ? {} : { partyName: entry.name }),
  });
  // ASSUMPTION(cps-enqueue): under CPS control a normal-priority leg may be enqueued; high never is.
  const enqueued = request.priority === 'normal' && context.faults.enqueued();
  if (enqueued) {
    platform.legTimer(leg, CALL_TIMING.enqueuedMs, () => dialOutbound(platform, leg));
  } else {
    dialOutbound(platform, leg);
  }
  const view = createdLegView(leg);
  return v2Success(platform.ids, 'POST', 202, enqueued ? { ...view, status: 'enqueued' } : view);
}

// ASSUMPTION(co-location): reference_leg_sid copies dc_code/nso_code and wins over requested_*.
/**
 * Where a new leg is created (seed 001): with `reference_leg_sid`, where that leg is, its
 * `dc_code` and `nso_code` copied, since legs to be bridged must be co-located; the reference
 * wins over `requested_dc_code` / `requested_nso_code`, which place the leg otherwise.
 */
function placement(
  platform: SimPlatform,
  request: CreateLegRequest,
): { dcCode?: string; nsoCode?: string } {
  if (request.reference_leg_sid !== undefined) {
    const reference = platform.legs.get(request.reference_leg_sid);
    if (!reference) {
      throw badRequest(`reference_leg_sid: there is no leg ${request.reference_leg_sid}`);
    }
    return { dcCode: reference.dcCode, nsoCode: reference.nsoCode };
  }
  return {
    ...(request.requested_dc_code === undefined ? {} : { dcCode: request.requested_dc_code }),
    ...(request.requested_nso_code === undefined ? {} : { nsoCode: request.requested_nso_code }),
  };
}

/** `POST /legs/{leg_sid}/actions`: checks the ExoML and the leg's state, then runs it. */
// ASSUMPTION(action-sid): the action reply carries an action_sid, which its events echo.
function legActions(context: ApiContext) {
  const leg = legOf(context);
  const { request, actions } = parseActionRequest(context.body);
  for (const action of actions) {
    const problem = whyNot(context.platform, leg, action);
    if (problem) throw badRequest(problem);
  }
  const action = newActionRef(context.platform.ids, request);
  runLegActions(context.platform, leg, actions, action);
  return v2Success(context.platform.ids, 'POST', 202, { leg_sid: leg.sid, action_sid: action.sid });
}

/** `GET /legs/{leg_sid}/external_events[?event_name=]`: the events sent for the leg. */
function legEvents(context: ApiContext) {
  const leg = legOf(context);
  const name = context.query.get('event_name');
  const events = name ? leg.events.filter((event) => event.event_name === name) : leg.events;
  return v2Success(context.platform.ids, 'GET', 200, events);
}

/** The leg endpoints. */
export const legRoutes: ApiRoute[] = [
  route(LEGS_API.createLeg, createLeg),
  route(LEGS_API.getLeg, (context) => {
    const fields = (context.query.get('fields') ?? '').split(',');
    const view = legView(
      legOf(context),
      context.platform.clock.now(),
      fields.includes('additional_info'),
    );
    return v2Success(context.platform.ids, 'GET', 200, view);
  }),
  route(LEGS_API.legAction, legActions),
  // The reference is unsure of the separator; the table's alias answers too.
  route(LEGS_API.legEvents, legEvents),
].flat();
