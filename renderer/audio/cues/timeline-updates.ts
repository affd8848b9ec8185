import type { RunUpdateMessage } from '../../../shared/ipc';
import type { TimelineEntry } from '../../run/run-view';

/**
 * A live run's timeline entry as the update it was folded from: the live run keeps its API calls
 * and events in its timeline (not the raw updates), and those are all sound follows.
 */
export function updateOfEntry(entry: TimelineEntry): RunUpdateMessage {
  if (entry.kind === 'api') {
    const detail = (entry.detail ?? {}) as { request?: unknown; reply?: unknown };
    return {
      type: 'api',
      method: entry.name,
      target: entry.leg ?? '',
      request: detail.request,
      ok: entry.ok,
      reply: detail.reply,
      at: entry.at,
    };
  }
  const data = typeof entry.detail === 'object' && entry.detail !== null ? entry.detail : {};
  return {
    type: 'event',
    leg: entry.leg,
    name: entry.name,
    eventSid: '',
    data: data as Record<string, unknown>,
    at: entry.at,
  };
}
