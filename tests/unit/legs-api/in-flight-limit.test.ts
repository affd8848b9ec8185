import { setTimeout as delay } from 'node:timers/promises';
import { describe, it, expect } from 'vitest';
import { Semaphore } from '../../../electron/legs-api/semaphore';
import { LEG_SID, LEGS_PATH, envelope, useHarness } from './legs-api-fixture';

const h = useHarness();

describe('requests in flight', () => {
  it('20 calls at once never have more than maxInFlight open at the mock', async () => {
    let open = 0;
    let mostOpen = 0;
    h.v2()
      .intercept({ path: `${LEGS_PATH}/${LEG_SID}`, method: 'GET' })
      .reply(200, async () => {
        open += 1;
        mostOpen = Math.max(mostOpen, open);
        // Hold the reply long enough for any request that was let through to arrive.
        await delay(5);
        open -= 1;
        return envelope({ leg_sid: LEG_SID, state: 'connected' });
      })
      .times(20);
    const client = h.client({ maxInFlight: 3 });

    const legs = await Promise.all(Array.from({ length: 20 }, () => client.getLeg(LEG_SID)));

    expect(legs).toHaveLength(20);
    expect(mostOpen).toBe(3);
  });

  it('the default limit is 8', async () => {
    let open = 0;
    let mostOpen = 0;
    h.v2()
      .intercept({ path: `${LEGS_PATH}/${LEG_SID}`, method: 'GET' })
      .reply(200, async () => {
        open += 1;
        mostOpen = Math.max(mostOpen, open);
        await delay(5);
        open -= 1;
        return envelope({ leg_sid: LEG_SID, state: 'connected' });
      })
      .times(20);
    const client = h.client();

    await Promise.all(Array.from({ length: 20 }, () => client.getLeg(LEG_SID)));

    expect(mostOpen).toBe(8);
  });
});

describe('Semaphore', () => {
  it('lets waiters in in arrival order, and a double release frees one slot only', async () => {
    const semaphore = new Semaphore(1);
    const order: string[] = [];
    const release = await semaphore.acquire();
    const first = semaphore.run(async () => order.push('first'));
    const second = semaphore.run(async () => order.push('second'));
    release();
    release();
    await Promise.all([first, second]);

    expect(order).toEqual(['first', 'second']);
    // All slots are free again: a new holder gets in at once, and a second one must wait.
    const held = await semaphore.acquire();
    let entered = false;
    const waiting = semaphore.run(async () => {
      entered = true;
    });
    await Promise.resolve();
    expect(entered).toBe(false);
    held();
    await waiting;
    expect(entered).toBe(true);
  });

  it('refuses a limit below 1', () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
