import { Agent, request } from 'undici';
import { isoFromTimestamp } from '../time-format';
import type { WireEvent } from '../platform/wire-event';
import { DeliveryError } from './delivery-error';

/** The documented `User-Agent` is `Exotel-Hermix/<version>`; ours says who it really is. */
const USER_AGENT = 'Exotel-Hermix/1.0 (legflow-simulator)';
const ATTEMPT_TIMEOUT_MS = 5_000;

// ASSUMPTION(https-payload): the HTTPS body is the gRPC event as JSON, event_timestamp an ISO string.
/**
 * The HTTPS alternative (reference/legs-api.md, "How events are delivered"): a JSON POST per
 * event, `event_timestamp` as an ISO string, the documented headers, and Basic auth when the
 * endpoint URL carries a user name and password. Any 2xx acknowledges.
 */
export class HttpSender {
  private readonly agent = new Agent({ keepAliveTimeout: 10_000 });

  /** Sends one event; `attempt` (1, 2, 3) goes into `X-Exotel-Request-Id`. */
  async send(endpoint: string, event: WireEvent, attempt: number): Promise<void> {
    const url = new URL(endpoint);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'user-agent': USER_AGENT,
      'x-exotel-event-sid': event.event_sid,
      'x-exotel-request-id': `${event.event_sid}-${attempt}`,
    };
    if (url.username !== '' || url.password !== '') {
      const user = decodeURIComponent(url.username);
      const password = decodeURIComponent(url.password);
      headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
      url.username = '';
      url.password = '';
    }
    const body = JSON.stringify({
      ...event,
      event_timestamp: isoFromTimestamp(event.event_timestamp),
    });
    let statusCode: number;
    try {
      const reply = await request(url, {
        method: 'POST',
        headers,
        body,
        dispatcher: this.agent,
        headersTimeout: ATTEMPT_TIMEOUT_MS,
        bodyTimeout: ATTEMPT_TIMEOUT_MS,
      });
      statusCode = reply.statusCode;
      await reply.body.dump();
    } catch (error) {
      throw new DeliveryError(`HTTP delivery failed: ${(error as Error).message}`, false);
    }
    if (statusCode >= 200 && statusCode < 300) return;
    const transient = statusCode === 408 || statusCode === 429 || statusCode >= 500;
    throw new DeliveryError(`HTTP ${statusCode} from the event endpoint`, !transient);
  }

  /** Closes the connections. */
  async close(): Promise<void> {
    await this.agent.close();
  }
}
