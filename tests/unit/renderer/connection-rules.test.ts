import { describe, expect, it } from 'vitest';
import { checkConnection } from '../../../renderer/store/connection-rules';
import { flowOf, node } from './flow-builders';

const flow = flowOf(
  [
    node('start', 'incoming-call'),
    node('menu', 'gather', 0, 200, 'Main menu'),
    node('hello', 'say'),
    node('bye', 'hangup'),
  ],
  [['start', 'next', 'hello']],
);

describe('checkConnection', () => {
  it('accepts an output into an ordinary node', () => {
    expect(checkConnection(flow, { from: 'hello', port: 'next', to: 'bye' })).toEqual({
      ok: true,
      replaces: null,
      unchanged: false,
    });
  });

  it('refuses any edge into a trigger, naming it', () => {
    const verdict = checkConnection(flow, { from: 'hello', port: 'next', to: 'start' });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/“Incoming call” starts the flow/);
  });

  it('refuses a node leading back into itself, except a Gather asking again', () => {
    const say = checkConnection(flow, { from: 'hello', port: 'next', to: 'hello' });
    expect(!say.ok && say.reason).toMatch(/cannot lead back into itself/);
    expect(checkConnection(flow, { from: 'menu', port: 'invalid', to: 'menu' }).ok).toBe(true);
  });

  it('refuses a port the node does not have', () => {
    const verdict = checkConnection(flow, { from: 'hello', port: 'choice-9', to: 'bye' });
    expect(!verdict.ok && verdict.reason).toMatch(/has no “choice-9” output/);
  });

  it('refuses nodes that are gone', () => {
    expect(checkConnection(flow, { from: 'hello', port: 'next', to: 'nowhere' }).ok).toBe(false);
    expect(checkConnection(flow, { from: 'nowhere', port: 'next', to: 'bye' }).ok).toBe(false);
  });

  it('says which edge a used port loses, and when the same edge already exists', () => {
    expect(checkConnection(flow, { from: 'start', port: 'next', to: 'bye' })).toMatchObject({
      ok: true,
      replaces: { id: 'e1', to: 'hello' },
      unchanged: false,
    });
    expect(checkConnection(flow, { from: 'start', port: 'next', to: 'hello' })).toMatchObject({
      ok: true,
      unchanged: true,
    });
  });
});
