import { displayEndpoint } from '../delivery/event-endpoint';
import { onCallMs } from '../platform/leg-lifecycle';
import type { SimBridge } from '../platform/sim-bridge';
import type { SimLeg } from '../platform/sim-leg';
import { goTimeString, isoNanos, istDateTime } from '../time-format';

/** `data` of a created leg, in the seed's field order and formats. */
export function createdLegView(leg: SimLeg): Record<string, unknown> {
  return {
    leg_sid: leg.sid,
    created_at: goTimeString(leg.createdAt),
    account_sid: leg.accountSid,
    contact_uri: leg.contactUri,
    network_type: leg.networkType,
    exophone: leg.exophone,
    custom_param: leg.customParam,
    leg_event_endpoint: displayEndpoint(leg.endpoint),
  };
}

/** `data` of `GET /legs/{leg_sid}` (reference/legs-api.md, "Other leg and bridge endpoints"). */
export function legView(leg: SimLeg, now: number, withInfo: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = {
    leg_sid: leg.sid,
    account_sid: leg.accountSid,
    contact_uri: leg.contactUri,
    exophone: leg.exophone,
    caller_id: leg.callerId,
    direction: leg.direction,
    network_type: leg.networkType,
    // Where the leg is (seed 001's event fields), so co-location shows in get-leg too.
    dc_code: leg.dcCode,
    nso_code: leg.nsoCode,
    custom_param: leg.customParam,
    time_limit: leg.timeouts.timeLimit,
    state: leg.state,
    terminal_status: leg.terminalStatus ?? null,
    date_created: isoNanos(leg.createdAt),
    date_updated: isoNanos(leg.updatedAt),
    start_time: leg.startTime === undefined ? null : isoNanos(leg.startTime),
    end_time: leg.endTime === undefined ? null : isoNanos(leg.endTime),
    on_call_duration_ms: onCallMs(leg, now),
  };
  if (withInfo) view.additional_info = additionalInfo(leg);
  return view;
}

// ASSUMPTION(additional-info): the words of get-leg's additional_info statuses.
/**
 * `additional_info`: the reference names the statuses, not their values, so these are guesses:
 * one word per status, plus the sids that go with them.
 */
function additionalInfo(leg: SimLeg): Record<string, unknown> {
  const playing = leg.media.playback?.kind;
  return {
    bridge_status: leg.bridgeSid ? 'joined' : 'not_joined',
    bridge_sid: leg.bridgeSid ?? null,
    recording_status: leg.recording ? 'recording' : 'not_recording',
    recording_sid: leg.recording?.sid ?? null,
    hold_status: leg.held ? 'on_hold' : 'not_on_hold',
    gather_status: leg.gather?.active ? 'gathering' : 'idle',
    play_status: playing === 'play' ? 'playing' : playing === 'say' ? 'saying' : 'idle',
    mute_status:
      leg.muted.in && leg.muted.out
        ? 'both'
        : leg.muted.in
          ? 'in'
          : leg.muted.out
            ? 'out'
            : 'unmuted',
    stream_status: leg.stream ? 'streaming' : 'not_streaming',
    monitoring_status: leg.monitoring ? leg.monitoring.rxAudio : 'not_monitoring',
    answered_by: leg.answeredBy ?? null,
  };
}

/** `data` of a created bridge. */
export function createdBridgeView(bridge: SimBridge): Record<string, unknown> {
  return {
    bridge_sid: bridge.sid,
    created_at: goTimeString(bridge.createdAt),
    account_sid: bridge.accountSid,
    leg_sids: [...bridge.legSids],
    bridge_event_endpoint: displayEndpoint(bridge.endpoint),
  };
}

/** `data` of `GET /bridges/{bridge_sid}`; `active_legs` is a count (the reference does not say). */
export function bridgeView(bridge: SimBridge): Record<string, unknown> {
  return {
    sid: bridge.sid,
    account_sid: bridge.accountSid,
    state: bridge.state,
    terminal_status: bridge.terminalStatus ?? null,
    date_created: isoNanos(bridge.createdAt),
    date_updated: isoNanos(bridge.updatedAt),
    start_time: isoNanos(bridge.createdAt),
    end_time: bridge.endTime === undefined ? null : isoNanos(bridge.endTime),
    active_legs: bridge.active.size,
    leg_sids: [...bridge.legSids],
  };
}

/** A leg's status in v3's words: its terminal status, or how far it has got. */
function callLegStatus(leg: SimLeg): string {
  if (leg.terminalStatus) return leg.terminalStatus;
  if (leg.state === 'connected') return 'in-progress';
  return leg.state === 'ringing' ? 'ringing' : 'queued';
}

/** One item of v3's `from` or `to`. */
export function callLegView(leg: SimLeg, side: 'from' | 'to'): Record<string, unknown> {
  const view: Record<string, unknown> = {
    sid: leg.sid,
    name: leg.partyName ?? null,
    contact_uri: leg.contactUri,
    date_created: istDateTime(leg.createdAt),
    date_updated: istDateTime(leg.updatedAt),
    status: callLegStatus(leg),
  };
  if (side === 'to') Object.assign(view, { group_id: null, group_name: null });
  return view;
}
