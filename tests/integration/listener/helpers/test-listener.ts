import { startListener } from '../../../../electron/listener';
import type {
  DeliveryInfo,
  LegEventListener,
  ListenerSettingsInput,
} from '../../../../electron/listener';
import type { LegEvent } from '../../../../shared/events';
import { grpcEventClient } from './grpc-event-client';
import type { GrpcEventClient } from './grpc-event-client';
import { recordingLogger } from './recording-logger';

/** An event as a subscriber got it. */
export interface Received {
  event: LegEvent;
  info: DeliveryInfo;
}

/** A listener on a free loopback port, an 'all' subscriber recording deliveries, and a client. */
export interface TestListener {
  listener: LegEventListener;
  client: GrpcEventClient;
  logger: ReturnType<typeof recordingLogger>;
  received: Received[];
  /** The event sids delivered so far, in delivery order. */
  sids(): string[];
  close(): Promise<void>;
}

/** Starts a listener for one test file; `settings` override the test defaults. */
export async function startTestListener(
  settings: ListenerSettingsInput = {},
): Promise<TestListener> {
  const logger = recordingLogger();
  const listener = await startListener({ port: 0, reorderWindowMs: 30, ...settings }, { logger });
  const received: Received[] = [];
  listener.subscribe('all', (event, info) => {
    received.push({ event, info });
  });
  const client = grpcEventClient(listener.grpc.address);
  return {
    listener,
    client,
    logger,
    received,
    sids: () => received.map(({ event }) => event.event_sid),
    async close() {
      client.close();
      await listener.close();
    },
  };
}
