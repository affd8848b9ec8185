import { Pool, type Dispatcher } from 'undici';
import { AttemptTimeout } from './network-failure';
import type { RawReply } from './parse-reply';
import type { HttpMethod } from '../../shared/api/legs-api-paths';

/** One HTTP attempt, as the retry loop describes it. */
export interface HttpAttempt {
  origin: string;
  method: HttpMethod;
  path: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** Sends attempts; owns its connection pools. */
export interface HttpTransport {
  /** Resolves with the whole reply, or rejects with what undici threw or an AttemptTimeout. */
  send(attempt: HttpAttempt): Promise<RawReply>;
  /** Closes the pools this transport opened; an injected dispatcher is left to its owner. */
  close(): Promise<void>;
}

export interface HttpTransportOptions {
  timeoutMs: number;
  /** Connections per pool; more would only queue behind the in-flight limit. */
  connections: number;
  /** Used for every origin instead of our own pools (tests pass a MockAgent). */
  dispatcher?: Dispatcher | undefined;
}

/**
 * One undici Pool per origin, opened on first use. Each attempt has one deadline covering the
 * connection, the headers and the body; the body is always read to the end or destroyed, so no
 * connection is left waiting on an unread reply.
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const pools = new Map<string, Pool>();

  const dispatcherFor = (origin: string): Dispatcher => {
    if (options.dispatcher) return options.dispatcher;
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, {
        connections: options.connections,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      });
      pools.set(origin, pool);
    }
    return pool;
  };

  return {
    async send(attempt) {
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new AttemptTimeout(options.timeoutMs)),
        options.timeoutMs,
      );
      try {
        const reply = await dispatcherFor(attempt.origin).request({
          origin: attempt.origin,
          method: attempt.method,
          path: attempt.path,
          headers: attempt.headers,
          body: attempt.body,
          signal: controller.signal,
          headersTimeout: options.timeoutMs,
          bodyTimeout: options.timeoutMs,
        });
        const text = await reply.body.text();
        return { status: reply.statusCode, headers: reply.headers, text };
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      const open = [...pools.values()];
      pools.clear();
      await Promise.all(open.map((pool) => pool.close()));
    },
  };
}
