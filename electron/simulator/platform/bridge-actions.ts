import type { NodeKind } from '../../../shared/catalog';
import type { LegAction } from './leg-actions';
import type { Step } from './media-queue';
import { audioStep, instantStep, stopAudioStep } from './media-steps';
import type { MediaOwner } from './media-steps';
import { startRecording, stopRecording } from './recordings';
import type { SimBridge } from './sim-bridge';
import type { EmitOptions, SimPlatform } from './sim-platform';
import type { ActionContext } from './wire-event';
import type { EventName } from '../../../shared/events';

/** The actions a bridge takes (reference/legs-api.md, "Other leg and bridge endpoints"). */
export const BRIDGE_ACTION_KINDS: ReadonlySet<NodeKind> = new Set([
  'play',
  'stop-play',
  'say',
  'stop-say',
  'start-recording',
  'stop-recording',
  'refer',
]);

/** Why the bridge cannot take this action now, or undefined when it can. */
export function whyNotOnBridge(bridge: SimBridge, { kind }: LegAction): string | undefined {
  if (bridge.state === 'terminal')
    return `Bridge ${bridge.sid} has ended; it takes no more actions.`;
  if (!BRIDGE_ACTION_KINDS.has(kind)) {
    return `A bridge does not take ${kind}; it takes StartPlay, StopPlay, Say, StopSay, StartRecording, StopRecording and Refer.`;
  }
  if (kind === 'start-recording' && bridge.recording)
    return `Bridge ${bridge.sid} is already being recorded.`;
  if (kind === 'stop-recording' && !bridge.recording)
    return `Bridge ${bridge.sid} is not being recorded.`;
  return undefined;
}

/** Runs the actions of one accepted request on a bridge; its events go to the bridge's endpoint. */
export function runBridgeActions(
  platform: SimPlatform,
  bridge: SimBridge,
  actions: readonly LegAction[],
  action: ActionContext,
): void {
  const owner: MediaOwner = {
    media: bridge.media,
    clock: platform.clock,
    emit: (name, extra, at, context) =>
      platform.emitBridge(bridge, name, extra, { at, action: context }),
    canPlay: () => bridge.state === 'active',
  };
  const emit = (name: EventName, extra: Record<string, unknown>, options: EmitOptions) =>
    platform.emitBridge(bridge, name, extra, { action, ...options });
  const steps = actions.map(({ kind, params }): Step => {
    switch (kind) {
      case 'play':
      case 'say':
        return audioStep(owner, kind, params, action);
      case 'stop-play':
        return stopAudioStep(owner, 'play');
      case 'stop-say':
        return stopAudioStep(owner, 'say');
      case 'start-recording':
        return instantStep(
          () =>
            !bridge.recording &&
            startRecording(platform.ids, bridge, emit, params, action, platform.clock.now()),
        );
      case 'stop-recording':
        return instantStep(() =>
          stopRecording(bridge, emit, platform.deps.recordingUrl, platform.clock.now(), action),
        );
      case 'refer':
        return instantStep(() => (bridge.endpoint = String(params.legEventEndpoint)));
      default:
        return instantStep(() => undefined);
    }
  });
  bridge.media.submit(steps);
}
