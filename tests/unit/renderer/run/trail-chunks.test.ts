import { describe, expect, it } from 'vitest';
import { NODES_PER_CHUNK, samePass, trailChunks } from '../../../../renderer/run/trail-chunks';
import type { PlacedMark } from '../../../../renderer/run/trail-chunks';

const ids = Array.from({ length: NODES_PER_CHUNK * 3 }, (_, index) => `n${index}`);
const nodeIndex = new Map(ids.map((id, index) => [id, index]));

const visited = (nodeId: string, visits = 1): PlacedMark => ({
  nodeId,
  state: 'visited',
  visits,
  legColor: null,
  x: 0,
  y: (nodeIndex.get(nodeId) ?? 0) * 100,
  width: 200,
  height: 80,
});

describe("the run's trail in chunks", () => {
  it('groups marks by where their nodes stand in the flow, a line with the node it leaves', () => {
    const last = ids[NODES_PER_CHUNK * 2]!;
    const chunks = trailChunks(
      {
        nodes: [visited('n0'), visited(last), visited('n1')],
        ports: [{ nodeId: 'n1', key: 'n1:next', x: 100, y: 180, failed: false }],
      },
      [
        { edgeId: 'e-n1', d: 'M0 0', from: 'n1' },
        { edgeId: 'e-last', d: 'M1 1', from: last },
      ],
      nodeIndex,
    );
    expect(chunks.map((chunk) => chunk.key)).toEqual([0, 2]);
    expect(chunks[0]!.nodes.map((mark) => mark.nodeId)).toEqual(['n0', 'n1']);
    expect(chunks[0]!.ports).toEqual([{ key: 'n1:next', x: 100, y: 180, failed: false }]);
    expect(chunks[0]!.lines).toEqual([{ edgeId: 'e-n1', d: 'M0 0' }]);
    expect(chunks[1]!.lines).toEqual([{ edgeId: 'e-last', d: 'M1 1' }]);
  });

  it('leaves a chunk the same when an event changes another, and tells a change in one', () => {
    const before = trailChunks(
      { nodes: [visited('n0'), visited(ids[30]!)], ports: [] },
      [],
      nodeIndex,
    );
    const after = trailChunks(
      { nodes: [visited('n0'), visited(ids[30]!, 2)], ports: [] },
      [],
      nodeIndex,
    );
    expect(samePass(before[0]!, after[0]!, 'nodes')).toBe(true);
    expect(samePass(before[1]!, after[1]!, 'nodes')).toBe(false);
  });

  it('compares each pass on its own: a port ring added leaves the tints and lines alone', () => {
    const line = { edgeId: 'e-n0', d: 'M0 0', from: 'n0' };
    const before = trailChunks({ nodes: [visited('n0')], ports: [] }, [line], nodeIndex);
    const ring = { nodeId: 'n0', key: 'n0:next', x: 100, y: 80, failed: false };
    const after = trailChunks({ nodes: [visited('n0')], ports: [ring] }, [line], nodeIndex);
    expect(samePass(before[0]!, after[0]!, 'nodes')).toBe(true);
    expect(samePass(before[0]!, after[0]!, 'lines')).toBe(true);
    expect(samePass(before[0]!, after[0]!, 'ports')).toBe(false);
  });

  it('puts a node the flow no longer has after every other', () => {
    const chunks = trailChunks(
      { nodes: [visited('gone'), visited('n0')], ports: [] },
      [],
      nodeIndex,
    );
    expect(chunks.map((chunk) => chunk.nodes[0]!.nodeId)).toEqual(['n0', 'gone']);
  });
});
