/**
 * The event listener: where the platform (or the simulator) delivers leg events, over gRPC or
 * HTTPS, and where the runner and the UI subscribe to them.
 */
export { startListener } from './event-listener';
export type { LegEventListener, ListenerDependencies } from './event-listener';
export type {
  DeliveryInfo,
  EventHandler,
  EventTransport,
  SubscriptionTarget,
} from './event-delivery';
export { listenerSettingsSchema, parseListenerSettings } from './listener-settings';
export type { ListenerSettings, ListenerSettingsInput } from './listener-settings';
export { consoleListenerLogger, silentListenerLogger } from './listener-logger';
export type { ListenerLogger } from './listener-logger';
export type { ListenerClock } from './listener-clock';
export { PortInUseError } from '../net/port-in-use';
export { findFreePort } from '../net/free-port';
export {
  CALLBACK_METHOD,
  PROTO_FILE,
  PROTO_LOADER_OPTIONS,
  findProtoFile,
  loadCallbackService,
} from './event-proto';
export type { CallbackService } from './event-proto';
export { recordRunEvents } from './record-run-events';
