import { MediaQueue } from './media-queue';
import { stopRecording } from './recordings';
import type { SimBridge } from './sim-bridge';
import type { SimLeg } from './sim-leg';
import type { EmitOptions, SimPlatform } from './sim-platform';
import type { ActionContext } from './wire-event';
import { EVENT } from '../../../shared/events';
import type { EventName } from '../../../shared/events';

/** What `POST /bridges` asks for, already checked. */
export interface NewBridge {
  legs: SimLeg[];
  endpoint: string;
  absorbDtmf: boolean;
}

/**
 * Creates a bridge: `bridge_created` to the bridge's endpoint, then `leg_joined_bridge` to each
 * leg's. Legs bridged together become one call for v3's call legs.
 */
export function createBridge(platform: SimPlatform, request: NewBridge): SimBridge {
  const now = platform.clock.now();
  const bridge: SimBridge = {
    sid: platform.ids.sid(),
    accountSid: platform.deps.accountSid,
    endpoint: request.endpoint,
    absorbDtmf: request.absorbDtmf,
    legSids: [],
    active: new Set(),
    peak: 0,
    state: 'active',
    createdAt: now,
    updatedAt: now,
    lastStamp: now,
    media: new MediaQueue(),
  };
  platform.bridges.set(bridge.sid, bridge);
  platform.emitBridge(bridge, EVENT.bridgeCreated, {
    leg_sids: request.legs.map((leg) => leg.sid),
  });
  for (const leg of request.legs) joinBridge(platform, bridge, leg);
  return bridge;
}

/** Puts a live, answered leg into a bridge: `leg_joined_bridge`. */
export function joinBridge(
  platform: SimPlatform,
  bridge: SimBridge,
  leg: SimLeg,
  options: EmitOptions = {},
): void {
  const first = bridge.legSids[0];
  if (first !== undefined) platform.calls.join(first, leg.sid);
  if (!bridge.legSids.includes(leg.sid)) bridge.legSids.push(leg.sid);
  bridge.active.add(leg.sid);
  bridge.peak = Math.max(bridge.peak, bridge.active.size);
  leg.bridgeSid = bridge.sid;
  platform.emitLeg(leg, EVENT.legJoinedBridge, { bridge_sid: bridge.sid }, options);
}

/**
 * Takes a leg out of its bridge: `leg_left_bridge`. The bridge itself stays: a leg that left
 * (`<LeaveBridge/>`) may join it again, so leaving alone never ends a bridge (see
 * {@link endBridgesShortOfLegs} for what does).
 */
export function leaveBridge(platform: SimPlatform, leg: SimLeg, options: EmitOptions = {}): void {
  const bridge = leg.bridgeSid === undefined ? undefined : platform.bridges.get(leg.bridgeSid);
  leg.bridgeSid = undefined;
  if (!bridge) return;
  bridge.active.delete(leg.sid);
  platform.emitLeg(leg, EVENT.legLeftBridge, { bridge_sid: bridge.sid }, options);
}

// ASSUMPTION(bridge-end): a bridge ends when fewer than two of its legs are still live.
/**
 * A bridge that has held two legs ends when fewer than two of the legs ever in it are still on
 * the call: the reference does not say what a half-empty bridge does, and a bridge of one live
 * leg can never bridge anything again. A leg that only left (LeaveBridge) is still on the call,
 * so LeaveBridge then JoinBridge on a two-leg bridge works. Called as `endingSid` ends.
 */
export function endBridgesShortOfLegs(platform: SimPlatform, endingSid: string, at: number): void {
  for (const bridge of platform.bridges.values()) {
    if (bridge.state !== 'active' || bridge.peak < 2 || !bridge.legSids.includes(endingSid)) {
      continue;
    }
    const live = bridge.legSids.filter((sid) => {
      const leg = platform.legs.get(sid);
      return sid !== endingSid && leg !== undefined && leg.state !== 'terminal';
    });
    if (live.length < 2) endBridge(platform, bridge, at);
  }
}

/** Ends a bridge (`PUT {"action":"stop"}`, or too few live legs left): everyone leaves, then `bridge_terminated`. */
export function endBridge(
  platform: SimPlatform,
  bridge: SimBridge,
  at = platform.clock.now(),
  action?: ActionContext,
): void {
  if (bridge.state === 'terminal') return;
  bridge.state = 'terminal';
  bridge.terminalStatus = 'completed';
  bridge.endTime = at;
  bridge.media.stop();
  const emit = (name: EventName, extra: Record<string, unknown>, options: EmitOptions) =>
    platform.emitBridge(bridge, name, extra, options);
  stopRecording(bridge, emit, platform.deps.recordingUrl, at, action);
  for (const legSid of [...bridge.active]) {
    const leg = platform.legs.get(legSid);
    bridge.active.delete(legSid);
    if (!leg) continue;
    leg.bridgeSid = undefined;
    platform.emitLeg(leg, EVENT.legLeftBridge, { bridge_sid: bridge.sid }, { at });
  }
  const options: EmitOptions = action ? { at, action } : { at };
  platform.emitBridge(bridge, EVENT.bridgeTerminated, { terminal_status: 'completed' }, options);
}
