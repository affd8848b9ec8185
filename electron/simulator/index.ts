/**
 * The platform simulator: a stand-in for Exotel's Legs API that runs in the app (the default
 * profile) and alone as `legflow sim`. See DESIGN.md, "The simulator".
 */
export { startSimulator } from './start-simulator';
export type { RunningSimulator } from './start-simulator';
export { parseSimulatorOptions, simulatorOptionsSchema } from './simulator-options';
export type { SimulatorOptions, ResolvedSimulatorOptions } from './simulator-options';
export type { SimAccount } from './api/check-auth';
export {
  FaultSpecError,
  formatFaultSpec,
  hasFaults,
  NO_FAULTS,
  parseFaultSpec,
} from './faults/fault-spec';
export type { FaultSpec } from './faults/fault-spec';
export { DEFAULT_PERSONA, PERSONA_BEHAVIOURS, personaSchema } from './personas/persona';
export type { Persona, PersonaBehaviour } from './personas/persona';
export {
  BUILT_IN_PHONEBOOK,
  loadPhonebook,
  parsePhonebook,
  Phonebook,
  PhonebookError,
  phonebookFileSchema,
} from './personas/phonebook';
export type { PhonebookEntry, PhonebookFile } from './personas/phonebook';
export { ControlError } from './control/control-types';
export type {
  IncomingCallRequest,
  KeysPressed,
  LegSummary,
  SimulatorControl,
  SimulatorStats,
} from './control/control-types';
export type { DeliveryStats } from './delivery/event-dispatcher';
export type { PlatformNotice } from './platform/sim-platform';
export type { WireEvent } from './platform/wire-event';
export { consoleSimLogger, silentSimLogger } from './sim-logger';
export type { SimLogger } from './sim-logger';
