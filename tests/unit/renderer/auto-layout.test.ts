import Elk from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { positionsFromLayout, toElkGraph } from '../../../renderer/canvas/auto-layout';
import { flowOf, node } from './flow-builders';

// A menu: start → menu, whose two choices and no-input lead on; drawn all on one spot.
const flow = flowOf(
  [
    node('start', 'incoming-call', 500, 500),
    node('menu', 'gather', 500, 500),
    node('sales', 'say', 500, 500),
    node('support', 'say', 500, 500),
    node('bye', 'hangup', 500, 500),
  ],
  [
    ['start', 'next', 'menu'],
    ['menu', 'no-input', 'bye'],
    ['sales', 'next', 'bye'],
    ['support', 'next', 'bye'],
  ],
);

describe('auto-layout', () => {
  it('builds an ELK graph of the nodes at their measured sizes', () => {
    const graph = toElkGraph(flow, { menu: { width: 240, height: 180 } });
    expect(graph.layoutOptions).toMatchObject({
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
    });
    expect(graph.children?.find((child) => child.id === 'menu')).toMatchObject({
      width: 240,
      height: 180,
    });
    expect(graph.children?.find((child) => child.id === 'bye')).toMatchObject({ width: 220 });
    expect(graph.edges).toHaveLength(4);
  });

  it('lays the flow out top to bottom from where it was, with no two nodes overlapping', async () => {
    const laidOut = await new Elk().layout(toElkGraph(flow, {}));
    const positions = positionsFromLayout(flow, laidOut);
    const at = (id: string) => positions.get(id)!;
    expect(Math.min(...[...positions.values()].map((p) => p.x))).toBe(500);
    expect(Math.min(...[...positions.values()].map((p) => p.y))).toBe(500);
    expect(at('start').y).toBeLessThan(at('menu').y);
    expect(at('menu').y).toBeLessThan(at('bye').y);
    const boxes = [...positions.values()];
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        const apart = Math.abs(a.x - b.x) >= 220 || Math.abs(a.y - b.y) >= 120;
        expect(apart).toBe(true);
      }
    }
  });
});
