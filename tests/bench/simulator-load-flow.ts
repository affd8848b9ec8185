/** The ten actions each bench leg goes through, and the event that says each is done. */
export const TEN_ACTIONS: readonly [exoml: string, awaited: string][] = [
  ['<Flow><Say>Welcome to the load test. This call is simulated.</Say></Flow>', 'say_completed'],
  ['<Flow><StartRecording direction="both" format="wav"/></Flow>', 'recording_started'],
  [
    '<Flow><Gather numDigits="1" timeoutInSec="5"><Say>Press one</Say></Gather></Flow>',
    'gather_success',
  ],
  ['<Flow><StartPlay loop="1">https://example.com/hold.wav</StartPlay></Flow>', 'play_completed'],
  ['<Flow><Hold/></Flow>', 'hold_success'],
  ['<Flow><UnHold/></Flow>', 'unhold_success'],
  ['<Flow><Mute direction="out"/></Flow>', 'mute_success'],
  ['<Flow><UnMute direction="out"/></Flow>', 'unmute_success'],
  ['<Flow><StopRecording/></Flow>', 'recording_available'],
  ['<Flow><Hangup/></Flow>', 'leg_terminated'],
];

/**
 * Events per leg: connecting, ringing, answered; say started and completed; recording started;
 * gather initiated, its prompt's say started and completed, gather success; play started and
 * completed; hold, unhold, mute, unmute; recording stopped and available; terminated.
 */
export const EVENTS_PER_LEG = 19;

/** Routes received events to whoever waits for them, by leg; events may come before the wait. */
export class LegDriver {
  received = 0;
  private readonly seen = new Map<string, Set<string>>();
  private readonly waiting = new Map<string, () => void>();

  receive(name: string, legSid: string): void {
    this.received++;
    let names = this.seen.get(legSid);
    if (!names) {
      names = new Set();
      this.seen.set(legSid, names);
    }
    names.add(name);
    const key = `${legSid} ${name}`;
    this.waiting.get(key)?.();
    this.waiting.delete(key);
  }

  /** Resolves once the leg has had an event of this name; fails after 60 s. */
  waitFor(legSid: string, name: string): Promise<void> {
    if (this.seen.get(legSid)?.has(name)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Leg ${legSid} is stuck before ${name}`)),
        60_000,
      );
      this.waiting.set(`${legSid} ${name}`, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
