import { LEGS_API } from '../../../shared/api/legs-api-paths';
import { v3Error } from './api-errors';
import { route } from './api-context';
import type { ApiRoute } from './api-context';
import { v3Success } from './envelope';
import { callLegView } from './resource-views';

// ASSUMPTION(v3-sides): v3 call legs put the call's first leg in `from`, the others in `to`.
/**
 * `GET /v3/accounts/{sid}/calls/{call_sid}/legs`: the call's first leg in `from`, the others in
 * `to`. For an outgoing call the first leg is the agent's (click-to-call dials the agent first);
 * for an incoming one it is the caller's; either way the seed's sides hold. Any leg sid of the
 * call finds it; `call_sid` in the reply is always the first leg's.
 */
export const callRoutes: ApiRoute[] = route(LEGS_API.callLegs, ({ platform, params }) => {
  const callSid = platform.calls.callOf(params.callSid ?? '');
  if (callSid === undefined) {
    throw v3Error('callNotFound', `This account has no call ${params.callSid}.`);
  }
  const legs = platform.calls
    .legsOf(callSid)
    .map((sid) => platform.legs.get(sid))
    .filter((leg) => leg !== undefined);
  const [first, ...rest] = legs;
  return v3Success(platform.ids, 'GET', {
    call_sid: callSid,
    account_sid: platform.deps.accountSid,
    from: first ? [callLegView(first, 'from')] : [],
    to: rest.map((leg) => callLegView(leg, 'to')),
  });
});
