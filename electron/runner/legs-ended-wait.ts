import type { RunLeg } from './run-legs';
import type { RunPlatform } from './run-types';

/**
 * A finishing run's wait for the legs it hung up to report their end, so its result carries
 * their status. The run's event handler says when a leg has ended; the platform's clock bounds
 * the wait, since a leg's last event may never come.
 */
export class LegsEndedWait {
  /** Wakes the wait going on once the legs it waits for have reported their end. */
  private watch: { legs: RunLeg[]; wake: () => void } | null = null;

  constructor(private readonly platform: Pick<RunPlatform, 'clock'>) {}

  /** Waits (at most `ms`) for `legs` to report their end. */
  async wait(legs: RunLeg[], ms: number): Promise<void> {
    if (legs.every((leg) => leg.state === 'terminal')) return;
    const deadline = new AbortController();
    await Promise.race([
      this.platform.clock.sleep(ms, deadline.signal).catch(() => {}),
      new Promise<void>((wake) => (this.watch = { legs, wake })),
    ]);
    this.watch = null;
    deadline.abort();
  }

  /** A leg has reported its end: wakes the wait once every leg it waits for has. */
  onLegEnded(): void {
    const watch = this.watch;
    if (watch?.legs.every((leg) => leg.state === 'terminal')) watch.wake();
  }
}
