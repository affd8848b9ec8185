/** Why the service would not start or plan a run; every one is the user's to fix, not a bug. */
export type RefusalReason =
  | 'unknown-profile'
  | 'unreadable-settings'
  | 'no-token'
  | 'not-confirmed'
  | 'number-unknown'
  | 'cannot-open'
  | 'bad-exophone';

/**
 * A run the service refuses, with a message written for the person at the screen. It never
 * carries an API token: messages that may echo one are scrubbed before they become a refusal.
 */
export class RunRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'RunRefusal';
  }
}
