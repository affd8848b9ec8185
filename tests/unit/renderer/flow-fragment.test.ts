import { describe, expect, it } from 'vitest';
import {
  extractFragment,
  pasteFragment,
  pasteOffset,
  PASTE_STEP,
} from '../../../renderer/store/flow-fragment';
import { parseFragment, stringifyFragment } from '../../../renderer/store/parse-fragment';
import { newFlow } from '../../../renderer/store/new-flow';
import { flowOf, node } from './flow-builders';

const flow = {
  ...flowOf(
    [node('say-1', 'say', 0, 0), node('hangup-1', 'hangup', 0, 200), node('play-1', 'play', 300)],
    [
      ['say-1', 'next', 'hangup-1'],
      ['say-1', 'error', 'play-1'],
    ],
  ),
  notes: [{ id: 'note-1', text: 'Why', position: { x: 400, y: 0 } }],
};

describe('extractFragment', () => {
  it('keeps only edges with both ends selected, and the legs the nodes use', () => {
    const fragment = extractFragment(flow, ['say-1', 'hangup-1'], ['note-1'])!;
    expect(fragment.nodes.map((n) => n.id)).toEqual(['say-1', 'hangup-1']);
    expect(fragment.edges.map((e) => e.id)).toEqual(['e1']);
    expect(fragment.legs.map((l) => l.id)).toEqual(['caller']);
    expect(fragment.notes).toHaveLength(1);
  });

  it('is null for an empty selection', () => {
    expect(extractFragment(flow, [], [])).toBeNull();
  });
});

describe('pasteFragment', () => {
  it('gives fresh ids, rewires edges to the copies and offsets the copies', () => {
    const fragment = extractFragment(flow, ['say-1', 'hangup-1'], ['note-1'])!;
    const result = pasteFragment(flow, fragment);
    expect(result.nodeIds).toEqual(['say-2', 'hangup-2']);
    expect(result.noteIds).toEqual(['note-2']);
    const copies = result.flow.nodes.slice(3);
    expect(copies.map((n) => n.position)).toEqual([
      { x: PASTE_STEP, y: PASTE_STEP },
      { x: PASTE_STEP, y: 200 + PASTE_STEP },
    ]);
    expect(result.flow.edges.at(-1)).toEqual({
      id: 'edge-1',
      from: 'say-2',
      port: 'next',
      to: 'hangup-2',
    });
    // The originals are untouched objects.
    expect(result.flow.nodes.slice(0, 3)).toEqual(flow.nodes);
    expect(result.flow.nodes[0]).toBe(flow.nodes[0]);
  });

  it('steps each further paste of the same fragment', () => {
    const fragment = extractFragment(flow, ['say-1'])!;
    const once = pasteFragment(flow, fragment).flow;
    expect(pasteOffset(once, fragment)).toEqual({ x: 2 * PASTE_STEP, y: 2 * PASTE_STEP });
  });

  it('pastes in place into another flow and brings the legs it lacks', () => {
    const other = { ...newFlow(), legs: [] };
    const fragment = extractFragment(flow, ['say-1'])!;
    const result = pasteFragment(other, fragment);
    expect(result.flow.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(result.flow.nodes[0]!.id).toBe('say-1');
    expect(result.flow.legs.map((leg) => leg.id)).toEqual(['caller']);
  });

  it('keeps the label and colour of a leg the flow already has', () => {
    const fragment = extractFragment(flow, ['say-1'])!;
    fragment.legs = [{ id: 'caller', label: 'Someone else', color: '#000000' }];
    const result = pasteFragment(flow, fragment);
    expect(result.flow.legs).toBe(flow.legs);
  });
});

describe('parseFragment', () => {
  it('reads back what stringifyFragment wrote', () => {
    const fragment = extractFragment(flow, ['say-1', 'hangup-1'])!;
    expect(parseFragment(stringifyFragment(fragment))).toEqual(fragment);
  });

  it('accepts a whole flow file as a fragment of all of it', () => {
    const fragment = parseFragment(JSON.stringify(flow))!;
    expect(fragment.nodes).toHaveLength(3);
    expect(fragment.edges).toHaveLength(2);
    expect(fragment.notes).toHaveLength(1);
  });

  it('is null for ordinary text and JSON that is not ours', () => {
    expect(parseFragment('hello')).toBeNull();
    expect(parseFragment('{"a": 1}')).toBeNull();
    expect(parseFragment('{ not json')).toBeNull();
  });

  it('throws with the reason for a broken fragment', () => {
    const broken = { format: 'legflow.fragment', version: 1, legs: [], nodes: [{}], edges: [] };
    expect(() => parseFragment(JSON.stringify(broken))).toThrow();
  });
});
