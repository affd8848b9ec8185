import type { NodeKind, Params } from '../../../shared/catalog';
import type { SimLeg } from './sim-leg';
import type { SimPlatform } from './sim-platform';

/** Actions a leg takes before it is answered; the others need a connected leg. */
const BEFORE_ANSWER: ReadonlySet<NodeKind> = new Set(['answer', 'hangup', 'refer']);

// ASSUMPTION(action-state): actions on an ended or unanswered leg are a 400 naming the state.
/**
 * Why the leg cannot take this action now, in words for the API's `error_data.message`, or
 * undefined when it can. Checked when the request arrives, as the platform answers 400 for an
 * action that makes no sense in the leg's state ("check the leg's state first", the docs advise).
 */
export function whyNot(
  platform: SimPlatform,
  leg: SimLeg,
  action: { kind: NodeKind; params: Params },
): string | undefined {
  const { kind, params } = action;
  if (leg.state === 'terminal') {
    return `Leg ${leg.sid} has ended (${leg.terminalStatus ?? 'terminal'}); it takes no more actions.`;
  }
  if (kind === 'answer') {
    if (leg.direction === 'outbound') {
      return 'Answer is for incoming legs; an outbound leg is answered by the party it dials.';
    }
    if (leg.state === 'connected') return `Leg ${leg.sid} is already answered.`;
    return undefined;
  }
  if (!BEFORE_ANSWER.has(kind) && leg.state !== 'connected') {
    return `Leg ${leg.sid} is not answered yet (state ${leg.state}); ${kind} needs an answered leg.`;
  }
  switch (kind) {
    case 'start-recording':
      return leg.recording ? `Leg ${leg.sid} is already being recorded.` : undefined;
    case 'stop-recording':
      return leg.recording ? undefined : `Leg ${leg.sid} is not being recorded.`;
    case 'start-stream':
      return leg.stream ? `Leg ${leg.sid} is already streaming (${leg.stream.sid}).` : undefined;
    case 'stop-stream':
      return leg.stream ? undefined : `Leg ${leg.sid} is not streaming.`;
    case 'stop-monitoring':
      return leg.monitoring ? undefined : `Leg ${leg.sid} is not monitoring another leg.`;
    case 'leave-bridge':
      return leg.bridgeSid ? undefined : `Leg ${leg.sid} is not in a bridge.`;
    case 'join-bridge':
      return joinProblem(platform, leg, String(params.bridgeSid ?? ''));
    case 'start-monitoring':
      return monitorProblem(platform, leg, String(params.monitoringLegSid ?? ''));
    default:
      return undefined;
  }
}

function joinProblem(platform: SimPlatform, leg: SimLeg, bridgeSid: string): string | undefined {
  const bridge = platform.bridges.get(bridgeSid);
  if (!bridge) return `bridgeSid: there is no bridge ${bridgeSid}.`;
  if (bridge.state === 'terminal') return `bridgeSid: bridge ${bridgeSid} has ended.`;
  if (leg.bridgeSid !== undefined) return `Leg ${leg.sid} is already in bridge ${leg.bridgeSid}.`;
  return undefined;
}

function monitorProblem(platform: SimPlatform, leg: SimLeg, target: string): string | undefined {
  const monitored = platform.legs.get(target);
  if (target === leg.sid) return 'monitoringLegSid: a leg cannot monitor itself.';
  if (!monitored) return `monitoringLegSid: there is no leg ${target}.`;
  if (monitored.state === 'terminal') return `monitoringLegSid: leg ${target} has ended.`;
  if (leg.monitoring) return `Leg ${leg.sid} is already monitoring ${leg.monitoring.legSid}.`;
  return undefined;
}
