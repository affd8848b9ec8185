import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFlow } from '../../../../shared/flow';
import { createNodeRunChannel, UNTOUCHED } from '../../../../renderer/run/node-run-channel';
import { createRunStore } from '../../../../renderer/run/run-store';
import { ivrRun } from './run-updates-fixture';

const IVR = loadFlow(
  readFileSync(
    new URL('../../../../assets/examples/ivr-menu.legflow.json', import.meta.url),
    'utf8',
  ),
);

/** A run store following run-1 of the IVR, a channel on it, and who each node has been told. */
function setUp() {
  const store = createRunStore();
  const channel = createNodeRunChannel(store, () => IVR);
  const told: string[] = [];
  for (const node of IVR.nodes) channel.subscribe(node.id, () => told.push(node.id));
  store.getState().begin();
  store.getState().adopt('run-1');
  const updates = ivrRun('run-1');
  const feed = (count: number) =>
    store
      .getState()
      .receive(updates.splice(0, count).map((update) => ({ runId: 'run-1', update })));
  return { store, channel, told, updates, feed };
}

describe('the run as each canvas node sees it', () => {
  it('tells only the nodes whose values changed, and nobody for an event or an API call', () => {
    const { channel, told, updates, feed } = setUp();
    // started, start entered, its incoming_leg event
    feed(3);
    expect(told).toEqual(['start']);
    expect(channel.get('start')).toMatchObject({ state: 'active', visits: 1 });
    told.length = 0;
    // start left by next, answer entered
    feed(2);
    expect(told.sort()).toEqual(['answer', 'start']);
    expect(channel.get('start')).toMatchObject({ state: 'visited', takenPorts: ['next'] });
    told.length = 0;
    expect(updates[0]?.type).toBe('api');
    // The answer's API call and its event: no node's values change.
    feed(2);
    expect(told).toEqual([]);
    // An untouched node keeps the one shared value, so React sees no change.
    expect(channel.get('sales')).toBe(UNTOUCHED);
  });

  it('keeps a node’s value object while it is unchanged, and marks a breakpoint and a pause', () => {
    const { store, channel, told, feed } = setUp();
    feed(3);
    const start = channel.get('start');
    told.length = 0;
    store.getState().toggleBreakpoint('menu');
    expect(told).toEqual(['menu']);
    expect(channel.get('menu')).toMatchObject({ state: 'idle', breakpoint: true });
    expect(channel.get('start')).toBe(start);
    // start left, answer entered, API call, event, answer left, paused before menu
    feed(6);
    expect(channel.get('menu')).toMatchObject({ state: 'paused', breakpoint: true });
  });

  it('puts every node back when a new run begins', () => {
    const { store, channel, told, feed } = setUp();
    feed(100);
    expect(channel.get('support').state).toBe('visited');
    told.length = 0;
    store.getState().begin();
    expect(told.sort()).toEqual(['answer', 'menu', 'start', 'support']);
    for (const node of IVR.nodes) expect(channel.get(node.id)).toBe(UNTOUCHED);
  });
});

describe('the channel and the run store', () => {
  it('follows the store only while some node listens, and answers afresh when none does', () => {
    const store = createRunStore();
    let following = 0;
    const counted = {
      getState: store.getState,
      subscribe(listener: Parameters<typeof store.subscribe>[0]) {
        following++;
        const stop = store.subscribe(listener);
        return () => {
          following--;
          stop();
        };
      },
    };
    const channel = createNodeRunChannel(counted, () => IVR);
    expect(following).toBe(0);
    const stopStart = channel.subscribe('start', () => {});
    const stopMenu = channel.subscribe('menu', () => {});
    expect(following).toBe(1);
    stopStart();
    expect(following).toBe(1);
    stopMenu();
    // The canvas closed: the store holds nothing of the channel.
    expect(following).toBe(0);
    store.getState().begin();
    store.getState().adopt('run-1');
    store.getState().receive(
      ivrRun('run-1')
        .slice(0, 2)
        .map((update) => ({ runId: 'run-1', update })),
    );
    expect(channel.get('start')).toMatchObject({ state: 'active', visits: 1 });
  });
});
