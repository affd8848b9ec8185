import { afterEach, describe, expect, it } from 'vitest';
import { SimClock } from '../../../electron/simulator/clock/sim-clock';

const HOUR_MS = 3_600_000;

/** Enough turns of the event loop for an idle skipping clock to move many times over. */
const MANY_TURNS = 50;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Turns the event loop until `done()` holds, at most `MANY_TURNS` times; says whether it held. */
async function turnsUntil(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < MANY_TURNS && !done(); i++) await turn();
  return done();
}

/** Turns the event loop `MANY_TURNS` times: time to do whatever could be done. */
async function manyTurns(): Promise<void> {
  for (let i = 0; i < MANY_TURNS; i++) await turn();
}

/** A promise the test settles by hand. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('SimClock("instant"), the skipping clock', () => {
  let clock: SimClock;
  afterEach(() => clock.close());

  it('fires timers in due order, jumping straight to each: an hour passes in no time', async () => {
    clock = new SimClock('instant', 0);
    const fired: string[] = [];
    clock.after(HOUR_MS, (due) => fired.push(`hour at ${due}`));
    clock.after(1000, (due) => fired.push(`second at ${due}`));
    clock.after(60_000, () => fired.push(`minute at ${clock.now()}`));
    await clock.sleep(HOUR_MS);
    expect(fired).toEqual(['second at 1000', 'minute at 60000', `hour at ${HOUR_MS}`]);
    expect(clock.now()).toBe(HOUR_MS);
  });

  it('stands still while work is in flight and moves once all of it is done', async () => {
    clock = new SimClock('instant', 0);
    const fired: number[] = [];
    const request = clock.begin();
    const event = clock.begin();
    clock.after(1000, (due) => fired.push(due));

    await manyTurns();
    expect(fired).toEqual([]);
    expect(clock.now()).toBe(0);

    // Saying "done" twice for one piece of work does not end the other.
    request();
    request();
    await manyTurns();
    expect(fired).toEqual([]);
    expect(clock.now()).toBe(0);

    event();
    expect(await turnsUntil(() => fired.length > 0)).toBe(true);
    expect(fired).toEqual([1000]);
    expect(clock.now()).toBe(1000);
  });

  it('does not fire the next timer while the work the last one set off is in flight', async () => {
    clock = new SimClock('instant', 0);
    const fired: number[] = [];
    const work = deferred();
    clock.after(1000, (due) => {
      fired.push(due);
      void clock.track(() => work.promise);
    });
    clock.after(2000, (due) => fired.push(due));

    expect(await turnsUntil(() => fired.length > 0)).toBe(true);
    await manyTurns();
    expect(fired).toEqual([1000]);
    expect(clock.now()).toBe(1000);

    work.resolve();
    expect(await turnsUntil(() => fired.length > 1)).toBe(true);
    expect(fired).toEqual([1000, 2000]);
  });

  it('runs work in turn one piece at a time, in the order asked, only when nothing is in flight', async () => {
    clock = new SimClock('instant', 0);
    const log: string[] = [];
    const firstHeld = deferred();
    const request = clock.begin();
    const first = clock.inTurn(async () => {
      log.push('first starts');
      await firstHeld.promise;
      log.push('first ends');
      return 'first result';
    });
    const second = clock.inTurn(async () => {
      log.push('second starts');
      return 'second result';
    });

    await manyTurns();
    expect(log).toEqual([]);

    request();
    expect(await turnsUntil(() => log.length > 0)).toBe(true);
    await manyTurns();
    expect(log).toEqual(['first starts']);

    firstHeld.resolve();
    expect(await turnsUntil(() => log.length > 2)).toBe(true);
    expect(log).toEqual(['first starts', 'first ends', 'second starts']);
    await expect(first).resolves.toBe('first result');
    await expect(second).resolves.toBe('second result');
  });

  it('runs waiting work before moving to the next timer', async () => {
    clock = new SimClock('instant', 0);
    const log: string[] = [];
    clock.after(1000, () => log.push('timer'));
    const ran = clock.inTurn(async () => {
      log.push(`work at ${clock.now()}`);
    });
    await ran;
    expect(await turnsUntil(() => log.length > 1)).toBe(true);
    expect(log).toEqual(['work at 0', 'timer']);
  });

  it('passes on what work in turn throws', async () => {
    clock = new SimClock('instant', 0);
    await expect(
      clock.inTurn(async () => {
        throw new Error('listener gone');
      }),
    ).rejects.toThrow('listener gone');
  });

  it('on close runs every waiting turn at once, side by side, and fires no more timers', async () => {
    clock = new SimClock('instant', 0);
    const log: string[] = [];
    const fired: number[] = [];
    const never = deferred();
    clock.begin();
    clock.after(10, (due) => fired.push(due));
    void clock.inTurn(async () => {
      log.push('first');
      await never.promise;
    });
    void clock.inTurn(async () => {
      log.push('second');
    });
    await manyTurns();
    expect(log).toEqual([]);

    clock.close();
    expect(log).toEqual(['first', 'second']);
    void clock.inTurn(async () => {
      log.push('after close');
    });
    expect(log).toEqual(['first', 'second', 'after close']);
    await manyTurns();
    expect(fired).toEqual([]);
    expect(clock.now()).toBe(0);
  });
});
