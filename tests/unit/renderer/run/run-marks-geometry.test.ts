import { describe, expect, it } from 'vitest';
import type { ReactFlowState } from '@xyflow/react';
import {
  flowExtent,
  markBoxes,
  sameBoxes,
  sameExtent,
} from '../../../../renderer/run/run-marks-geometry';

/** React Flow's record of a node, as much of it as the marks layer reads. */
const measured = (id: string, x: number, y: number, width?: number, height?: number) => ({
  id,
  measured: { width, height },
  internals: {
    positionAbsolute: { x, y },
    handleBounds: {
      source: [{ id: 'next', x: 86, y: 66, width: 28, height: 28 }],
      target: [],
    },
  },
});

const lookup = (...nodes: ReturnType<typeof measured>[]) =>
  ({ nodeLookup: new Map(nodes.map((node) => [node.id, node])) }) as unknown as Pick<
    ReactFlowState,
    'nodeLookup'
  >;

describe("where the run's marks are drawn", () => {
  it("boxes the nodes named, with their outputs' handle centres, once React Flow measured them", () => {
    const boxes = markBoxes(lookup(measured('a', 100, 40, 200, 80), measured('b', 0, 0)), [
      'a',
      'b',
      'gone',
    ]);
    expect([...boxes.keys()]).toEqual(['a']);
    expect(boxes.get('a')).toEqual({
      x: 100,
      y: 40,
      width: 200,
      height: 80,
      ports: { next: { x: 200, y: 120 } },
    });
  });

  it('tells a moved node or handle from an unchanged one', () => {
    const at = (x: number) => markBoxes(lookup(measured('a', x, 40, 200, 80)), ['a']);
    expect(sameBoxes(at(100), at(100))).toBe(true);
    expect(sameBoxes(at(100), at(101))).toBe(false);
    expect(sameBoxes(at(100), markBoxes(lookup(), ['a']))).toBe(false);
  });

  it('covers every node with room to spare, in steps, so small moves keep its size', () => {
    const flow = lookup(measured('a', 0, 0, 200, 80), measured('b', 1_000, 700, 200, 80));
    const extent = flowExtent(flow);
    expect(extent.x).toBeLessThanOrEqual(-128);
    expect(extent.y).toBeLessThanOrEqual(-128);
    expect(extent.x + extent.width).toBeGreaterThanOrEqual(1_200 + 128);
    expect(extent.y + extent.height).toBeGreaterThanOrEqual(780 + 128);
    expect(extent.width % 512).toBe(0);
    const nudged = lookup(measured('a', 0, 0, 200, 80), measured('b', 1_010, 690, 200, 80));
    expect(sameExtent(extent, flowExtent(nudged))).toBe(true);
  });
});
