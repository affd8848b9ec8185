export * from './event-names';
export * from './leg-state';
export * from './event-envelope';
