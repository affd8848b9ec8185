// Shared set-up for the Legs API client tests: a MockAgent that refuses real network, a clock
// that records waits instead of sleeping, and reply bodies shaped like the platform's.
import { afterEach, beforeEach } from 'vitest';
import { MockAgent, type MockPool } from 'undici';
import type { LegsApiClock } from '../../../electron/legs-api/clock';
import {
  createLegsApiClient,
  type LegsApiClient,
  type LegsApiClientOptions,
} from '../../../electron/legs-api';

export const ORIGIN = 'https://cpaas-api.exotel.com';
export const V3_ORIGIN = 'https://ccm-api.exotel.com';
export const ACCOUNT = 'legflow1';
export const API_KEY = 'key-4a1b';
export const API_TOKEN = 'tok-SECRET-9f8e7d6c5b';
export const BASIC = `Basic ${Buffer.from(`${API_KEY}:${API_TOKEN}`).toString('base64')}`;
export const LEG_SID = '2QYATxQ9t4UKcUwcqJClSa9OEZ400000';
export const LEGS_PATH = `/v2/accounts/${ACCOUNT}/legs`;

/** A clock frozen at a known instant whose `sleep` records the wait and returns at once. */
export function fakeClock(): LegsApiClock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => Date.parse('2026-03-01T10:00:00Z'),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  };
}

/** A success reply in the platform's envelope. */
export function envelope(data: unknown, method = 'GET', httpCode = 200) {
  return {
    request_id: 'req-ok-1',
    method,
    http_code: httpCode,
    response: { error_data: null, data },
  };
}

/** An error reply in the platform's envelope. */
export function errorEnvelope(httpCode: number, code: number, message: string, description = '') {
  return {
    request_id: `req-err-${httpCode}`,
    method: 'POST',
    http_code: httpCode,
    response: { error_data: { code, message, description }, data: null },
  };
}

/** The documented 429 body. */
export const RATE_LIMITED = {
  request_id: 'req-429',
  http_code: 429,
  response: {
    error: { code: 10724, message: 'Rate limit exceeded. Please retry after some time.' },
  },
};

export const CREATED_LEG = {
  leg_sid: LEG_SID,
  account_sid: ACCOUNT,
  contact_uri: '09163816621',
  exophone: '08030752400',
  network_type: 'pstn',
  custom_param: null,
  leg_event_endpoint: 'grpc://127.0.0.1:9001',
  created_at: '2023-05-31T08:02:32Z',
};

export const CREATE_PARAMS = {
  contact_uri: '09163816621',
  exophone: '08030752400',
  leg_event_endpoint: 'grpc://127.0.0.1:9001',
};

export interface Harness {
  agent: MockAgent;
  clock: ReturnType<typeof fakeClock>;
  logs: string[];
  /** The v2 host's interceptors. */
  v2: () => MockPool;
  /** A client on the mock; close() is done by the harness. */
  client: (overrides?: Partial<LegsApiClientOptions>) => LegsApiClient;
  /** The requests the mock saw, bodies parsed. */
  calls: () => Array<{
    method: string;
    path: string;
    query: Record<string, string>;
    headers: Record<string, string>;
    body: unknown;
  }>;
}

/** Registers the MockAgent hooks for the file and returns the current test's harness. */
export function useHarness(): Harness {
  const harness = {} as Harness;
  const clients: LegsApiClient[] = [];
  beforeEach(() => {
    const agent = new MockAgent({ enableCallHistory: true });
    agent.disableNetConnect();
    harness.agent = agent;
    harness.clock = fakeClock();
    harness.logs = [];
    harness.v2 = () => agent.get(ORIGIN) as MockPool;
    harness.client = (overrides = {}) => {
      const client = createLegsApiClient({
        baseUrl: ORIGIN,
        accountSid: ACCOUNT,
        apiKey: API_KEY,
        apiToken: API_TOKEN,
        dispatcher: agent,
        clock: harness.clock,
        log: (level, message) => harness.logs.push(`${level} ${message}`),
        ...overrides,
      });
      clients.push(client);
      return client;
    };
    harness.calls = () =>
      (agent.getCallHistory()?.calls() ?? []).map((call) => ({
        method: call.method,
        path: call.path,
        query: call.searchParams,
        headers: call.headers as Record<string, string>,
        body: typeof call.body === 'string' ? (JSON.parse(call.body) as unknown) : undefined,
      }));
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    harness.agent.assertNoPendingInterceptors();
    await harness.agent.close();
  });
  return harness;
}

/** The rejection of `promise`, failing the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
