import type { LegEvent } from '../../shared/events';
import { DispatchQueue } from './dispatch-queue';
import type { DeliveryInfo, EventHandler, SubscriptionTarget } from './event-delivery';
import { EventIntake } from './event-intake';
import { findProtoFile } from './event-proto';
import { EventSubscribers } from './event-subscribers';
import { startGrpcEndpoint } from './grpc-endpoint';
import { startHttpEndpoint } from './http-endpoint';
import type { HttpEndpoint } from './http-endpoint';
import { consoleListenerLogger } from './listener-logger';
import type { ListenerClock } from './listener-clock';
import type { ListenerLogger } from './listener-logger';
import { parseListenerSettings } from './listener-settings';
import type { ListenerSettingsInput } from './listener-settings';
import { readTlsFiles } from './tls-files';

/** A running event listener: the gRPC endpoint, the optional HTTP(S) one, and the subscribers. */
export interface LegEventListener {
  /** The gRPC endpoint; give the platform `grpc://<address>` as the leg's `leg_event_endpoint`. */
  grpc: { port: number; address: string };
  /** The HTTP(S) endpoint, when the settings turn it on. */
  http?: { port: number; url: string };
  /** Hands events to `handler` from now on; returns the function that stops it. */
  subscribe(target: SubscriptionTarget, handler: EventHandler): () => void;
  /**
   * Says a leg (or a bridge) belongs to a run, so the run's subscribers get its events,
   * including those that arrived before this call.
   */
  assignLeg(sid: string, runId: string): void;
  /** Forgets which legs a finished run had. */
  releaseRun(runId: string): void;
  /**
   * Stops accepting events, delivers every event already acknowledged, and closes. Safe to call
   * twice.
   */
  close(): Promise<void>;
}

/** What the listener needs from the app besides its settings. */
export interface ListenerDependencies {
  logger?: ListenerLogger;
  /** A simulated session's virtual clock; real time by default. */
  clock?: ListenerClock;
}

interface Delivered {
  event: LegEvent;
  info: DeliveryInfo;
}

/**
 * Starts the event listener of DESIGN.md: acknowledges each event as soon as it is checked,
 * drops repeats, orders each leg's events by time, and delivers them to subscribers. Rejects
 * with a `PortInUseError` naming a free port when a port is taken.
 */
export async function startListener(
  input: ListenerSettingsInput = {},
  dependencies: ListenerDependencies = {},
): Promise<LegEventListener> {
  const settings = parseListenerSettings(input);
  const logger = dependencies.logger ?? consoleListenerLogger;
  const protoFile = findProtoFile(settings.protoFile);
  const tls = settings.tls === undefined ? undefined : await readTlsFiles(settings.tls);

  const subscribers = new EventSubscribers(logger, settings.backlogCapacity);
  const { clock } = dependencies;
  const dispatch = new DispatchQueue<Delivered>(
    ({ event, info }) => subscribers.deliver(event, info),
    clock ? () => clock.begin() : undefined,
  );
  const intake = new EventIntake({
    dedupeCapacity: settings.dedupeCapacity,
    reorderWindowMs: settings.reorderWindowMs,
    logger,
    release: (event, info) => dispatch.push({ event, info }),
    ...(clock ? { clock } : {}),
  });
  const common = { tls, shutdownTimeoutMs: settings.shutdownTimeoutMs, logger };

  const grpc = await startGrpcEndpoint(
    { ...common, host: settings.host, port: settings.port, protoFile },
    intake,
  );
  let http: HttpEndpoint | undefined;
  if (settings.http !== undefined) {
    try {
      http = await startHttpEndpoint(
        { ...common, ...settings.http, host: settings.http.host ?? settings.host },
        intake,
      );
    } catch (error) {
      await grpc.close();
      throw error;
    }
  }
  logger.info('Listening for leg events', { grpc: grpc.address, http: http?.url });

  let closing: Promise<void> | undefined;
  const close = async () => {
    await Promise.all([grpc.close(), http?.close()]);
    // Everything acknowledged is owed to the subscribers: release what the buffer still holds.
    intake.flush();
    dispatch.drain();
  };
  return {
    grpc: { port: grpc.port, address: grpc.address },
    ...(http ? { http: { port: http.port, url: http.url } } : {}),
    subscribe: (target, handler) => subscribers.subscribe(target, handler),
    assignLeg: (sid, runId) => subscribers.assign(sid, runId),
    releaseRun: (runId) => subscribers.unassignRun(runId),
    close: () => (closing ??= close()),
  };
}
