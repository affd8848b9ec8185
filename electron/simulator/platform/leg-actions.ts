import type { NodeKind, Params } from '../../../shared/catalog';
import { joinBridge, leaveBridge } from './bridges';
import { CALL_TIMING, HANGUP_CAUSE } from './call-timing';
import { gatherStep } from './gather-step';
import { answerIncoming, endLeg } from './leg-lifecycle';
import type { Step } from './media-queue';
import { audioStep, instantStep, stopAudioStep } from './media-steps';
import type { MediaOwner } from './media-steps';
import { startRecording, stopRecording } from './recordings';
import type { SimLeg } from './sim-leg';
import type { EmitOptions, SimPlatform } from './sim-platform';
import type { ActionContext } from './wire-event';
import { EVENT } from '../../../shared/events';
import type { EventName } from '../../../shared/events';

/** One parsed ExoML action. */
export interface LegAction {
  kind: NodeKind;
  params: Params;
}

/** A leg seen as somewhere audio plays. */
export function legMediaOwner(platform: SimPlatform, leg: SimLeg): MediaOwner {
  return {
    media: leg.media,
    clock: platform.clock,
    emit: (name, extra, at, action) => platform.emitLeg(leg, name, extra, { at, action }),
    canPlay: () => leg.state === 'connected',
  };
}

/** Runs the actions of one accepted request on a leg, in order (see {@link MediaQueue.submit}). */
export function runLegActions(
  platform: SimPlatform,
  leg: SimLeg,
  actions: readonly LegAction[],
  action: ActionContext,
): void {
  const owner = legMediaOwner(platform, leg);
  leg.media.submit(actions.map((item) => legStep(platform, leg, owner, item, action)));
}

// ASSUMPTION(silent-actions): StartMonitoring, StopMonitoring and Refer send no event.
function legStep(
  platform: SimPlatform,
  leg: SimLeg,
  owner: MediaOwner,
  { kind, params }: LegAction,
  action: ActionContext,
): Step {
  const emit = (name: EventName, extra: Record<string, unknown> = {}, options: EmitOptions = {}) =>
    platform.emitLeg(leg, name, extra, { action, ...options });
  // Instant actions queued behind audio check again when they run: the leg may have ended.
  const live = (run: () => void) => instantStep(() => leg.state !== 'terminal' && run());
  const now = () => platform.clock.now();
  switch (kind) {
    case 'play':
      return audioStep(owner, 'play', params, action);
    case 'say':
      return audioStep(owner, 'say', params, action);
    case 'stop-play':
      return stopAudioStep(owner, 'play');
    case 'stop-say':
      return stopAudioStep(owner, 'say');
    case 'gather':
      return gatherStep(owner, leg, params, action);
    case 'answer':
      return live(() => answerIncoming(platform, leg, action));
    case 'hangup':
      return live(() => endLeg(platform, leg, hangupOutcome(leg, action)));
    case 'start-recording':
      return live(
        () => !leg.recording && startRecording(platform.ids, leg, emit, params, action, now()),
      );
    case 'stop-recording':
      return live(() => stopRecording(leg, emit, platform.deps.recordingUrl, now(), action));
    case 'hold':
      return live(() => {
        leg.held = true;
        emit(EVENT.holdSuccess);
      });
    case 'unhold':
      return live(() => {
        leg.held = false;
        emit(EVENT.unholdSuccess);
      });
    case 'mute':
    case 'unmute':
      return live(() => {
        setMute(leg, String(params.direction ?? 'out'), kind === 'mute');
        emit(kind === 'mute' ? EVENT.muteSuccess : EVENT.unmuteSuccess);
      });
    case 'join-bridge':
      return live(() => {
        const bridge = platform.bridges.get(String(params.bridgeSid));
        if (bridge?.state === 'active' && leg.bridgeSid === undefined) {
          joinBridge(platform, bridge, leg, { action });
        }
      });
    case 'leave-bridge':
      return live(() => leaveBridge(platform, leg, { action }));
    case 'start-stream':
      return live(() => startStream(platform, leg, params, action));
    case 'stop-stream':
      return live(() => {
        if (!leg.stream) return;
        emit(EVENT.streamStopped, { stream_sid: leg.stream.sid });
        leg.stream = undefined;
      });
    case 'start-monitoring':
      // The event table names no monitoring events: the state shows in get-leg only.
      return live(() => {
        leg.monitoring = {
          legSid: String(params.monitoringLegSid),
          rxAudio: String(params.rxAudio ?? 'muted'),
        };
      });
    case 'stop-monitoring':
      return live(() => (leg.monitoring = undefined));
    case 'refer':
      // No event either: later events simply go to the new endpoint.
      return live(() => (leg.endpoint = String(params.legEventEndpoint)));
    default:
      return instantStep(() => undefined);
  }
}

/** How a leg hung up by the app ends, by how far it had got. */
function hangupOutcome(leg: SimLeg, action: ActionContext) {
  if (leg.answeredAt !== undefined) {
    return { status: 'completed', cause: HANGUP_CAUSE.normal, action } as const;
  }
  if (leg.direction === 'inbound') {
    return { status: 'busy', cause: HANGUP_CAUSE.rejected, action } as const;
  }
  return { status: 'no-answer', cause: HANGUP_CAUSE.normal, action } as const;
}

function setMute(leg: SimLeg, direction: string, muted: boolean): void {
  if (direction === 'in' || direction === 'both') leg.muted.in = muted;
  if (direction === 'out' || direction === 'both') leg.muted.out = muted;
}

function startStream(
  platform: SimPlatform,
  leg: SimLeg,
  params: Params,
  action: ActionContext,
): void {
  if (leg.stream) return;
  const stream = {
    sid: platform.ids.sid(),
    type: String(params.streamType ?? 'bidirectional'),
    url: String(params.streamUrl),
  };
  leg.stream = stream;
  const data = { stream_sid: stream.sid, stream_type: stream.type, stream_url: stream.url };
  platform.emitLeg(leg, EVENT.streamInitiated, data, { action });
  platform.legTimer(leg, CALL_TIMING.streamStartMs, (due) => {
    if (leg.stream === stream)
      platform.emitLeg(leg, EVENT.streamStarted, data, { at: due, action });
  });
}
