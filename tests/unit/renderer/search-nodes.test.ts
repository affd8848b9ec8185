import { describe, expect, it } from 'vitest';
import { searchNodes } from '../../../renderer/canvas/search-nodes';
import { flowOf, node } from './flow-builders';

const greeting = { ...node('hello', 'say', 0, 0, 'Greeting'), params: { text: 'Welcome to Acme' } };
const flow = flowOf([
  node('start', 'incoming-call'),
  greeting,
  { ...node('bye', 'say', 0, 0, 'Goodbye'), params: { text: 'Thanks for calling, greetings' } },
]);

describe('searchNodes', () => {
  it('finds by label, case-insensitively', () => {
    expect(searchNodes(flow, 'GOODBYE').map((m) => m.id)).toEqual(['bye']);
  });

  it('finds by text inside params and by kind title', () => {
    expect(searchNodes(flow, 'acme').map((m) => m.id)).toEqual(['hello']);
    expect(searchNodes(flow, 'incoming').map((m) => m.id)).toEqual(['start']);
  });

  it('lists name matches before text matches, and needs every word', () => {
    expect(searchNodes(flow, 'greet').map((m) => m.id)).toEqual(['hello', 'bye']);
    expect(searchNodes(flow, 'thanks acme')).toEqual([]);
  });

  it('describes a labelled node by its kind and summary', () => {
    expect(searchNodes(flow, 'greeting')[0]).toMatchObject({
      name: 'Greeting',
      kind: 'say',
      detail: expect.stringContaining('Say'),
    });
  });

  it('finds nothing for an empty query', () => {
    expect(searchNodes(flow, '   ')).toEqual([]);
  });
});
