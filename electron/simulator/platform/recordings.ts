import type { SimIds } from '../sim-ids';
import type { ActiveRecording } from './sim-leg';
import type { ActionContext } from './wire-event';
import type { EmitOptions } from './sim-platform';
import { EVENT } from '../../../shared/events';
import type { EventName } from '../../../shared/events';

/** A leg or a bridge: whatever can be recorded. */
export interface Recordable {
  recording?: ActiveRecording;
}

type Emit = (name: EventName, extra: Record<string, unknown>, options: EmitOptions) => void;

/** Starts recording: `recording_started` with the new `recording_sid`. */
export function startRecording(
  ids: SimIds,
  owner: Recordable,
  emit: Emit,
  params: { direction?: unknown; format?: unknown },
  action: ActionContext,
  at: number,
): void {
  const recording: ActiveRecording = {
    sid: ids.sid(),
    startedAt: at,
    format: typeof params.format === 'string' ? params.format : 'wav',
    direction: typeof params.direction === 'string' ? params.direction : 'both',
    actionSid: action.sid,
  };
  owner.recording = recording;
  emit(EVENT.recordingStarted, { recording_sid: recording.sid }, { at, action });
}

/**
 * Stops the recording: `recording_stopped`, then `recording_available` with a URL where the
 * simulator serves a silent file of the recording's length.
 */
export function stopRecording(
  owner: Recordable,
  emit: Emit,
  recordingUrl: (sid: string, format: string, durationMs: number) => string,
  at: number,
  action?: ActionContext,
): void {
  const recording = owner.recording;
  if (!recording) return;
  owner.recording = undefined;
  const options: EmitOptions = action ? { at, action } : { at };
  emit(EVENT.recordingStopped, { recording_sid: recording.sid }, options);
  const url = recordingUrl(recording.sid, recording.format, at - recording.startedAt);
  emit(EVENT.recordingAvailable, { recording_sid: recording.sid, url }, options);
}
