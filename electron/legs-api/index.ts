export { createLegsApiClient, type LegsApiClient } from './legs-api-client';
export type { LegsApiClientOptions } from './client-options';
export { LegsApiError, isLegsApiError } from './legs-api-error';
export type { LegsApiErrorKind, LegsApiErrorFields } from './legs-api-error';
export { LEGS_API_REGIONS, defaultV3BaseUrl, type LegsApiRegion } from './regions';
export { requestLine, type RequestLine } from './api-paths';
export { redact, REDACTED } from './redact';
export type { LegsApiLogger, LegsApiLogLevel } from './logger';
export type { LegsApiClock } from './clock';
export type { RetryOptions } from './retry-policy';
export type * from './request-params';
export type {
  ActionAccepted,
  Bridge,
  CallLeg,
  CallLegs,
  CreatedBridge,
  CreatedLeg,
  Leg,
  StoredEvent,
} from './resource-schemas';
