import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Elk from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutFromElk, toElkGraph } from '../../../renderer/canvas/auto-layout';
import { loadFlow } from '../../../shared/flow/load-flow';
import type { FlowDocument } from '../../../shared/flow/flow-document';
import { generatedFlow } from './generated-flow';
import { boxesOf, crossingsAndBends, linesThroughNodes, overlaps } from './layout-geometry';

const EXAMPLES = join(__dirname, '../../../assets/examples');

/** Lays `flow` out as Tidy up does (nodes at the size the node view draws them). */
async function tidy(flow: FlowDocument) {
  const graph = toElkGraph(flow, {});
  const layout = layoutFromElk(flow, await new Elk().layout(graph));
  const sizes = new Map((graph.children ?? []).map((child) => [child.id, child]));
  const boxes = boxesOf(flow, layout, (id) => ({
    width: sizes.get(id)!.width!,
    height: sizes.get(id)!.height!,
  }));
  return { layout, boxes };
}

const examples = readdirSync(EXAMPLES).filter((name) => name.endsWith('.legflow.json'));

describe('the picture checks', () => {
  it('find a line through a node, overlapping nodes and crossings', () => {
    const flow = {
      ...generatedFlow(3, 1),
      edges: [{ id: 'e1', from: 'n0', port: 'next', to: 'n2' }],
    };
    const layout = {
      positions: new Map([
        ['n0', { x: 0, y: 0 }],
        ['n1', { x: 0, y: 150 }],
        ['n2', { x: 100, y: 240 }],
      ]),
      routes: new Map([
        [
          'e1',
          [
            { x: 50, y: 100 },
            { x: 50, y: 280 },
            { x: 150, y: 280 },
            { x: 150, y: 300 },
          ],
        ],
        [
          'e2',
          [
            { x: 0, y: 200 },
            { x: 200, y: 200 },
          ],
        ],
      ]),
    };
    const boxes = boxesOf(flow, layout, () => ({ width: 220, height: 100 }));
    expect(linesThroughNodes(flow, layout, boxes)).toEqual(['e1 (n0 → n2) passes through n1']);
    expect(overlaps(boxes)).toEqual(['n1 overlaps n2']);
    expect(crossingsAndBends(layout)).toEqual({ crossings: 1, bends: 2 });
  });
});

describe('Tidy up', () => {
  it.each(examples)('lays %s out with no overlap and no line through a node', async (name) => {
    const flow = loadFlow(readFileSync(join(EXAMPLES, name), 'utf8'));
    const { layout, boxes } = await tidy(flow);
    expect(overlaps(boxes)).toEqual([]);
    expect(linesThroughNodes(flow, layout, boxes)).toEqual([]);
  });

  it.each([50, 150, 300])(
    'lays a generated flow of %i nodes out with no overlap and no line through a node',
    async (count) => {
      const flow = generatedFlow(count, count);
      const { layout, boxes } = await tidy(flow);
      expect(overlaps(boxes)).toEqual([]);
      expect(linesThroughNodes(flow, layout, boxes)).toEqual([]);
    },
    30_000,
  );

  it('routes every line with right angles from its output down and into its input from above', async () => {
    const flow = loadFlow(readFileSync(join(EXAMPLES, 'ivr-menu.legflow.json'), 'utf8'));
    const { layout, boxes } = await tidy(flow);
    const boxOf = new Map(boxes.map((box) => [box.id, box]));
    for (const edge of flow.edges) {
      const route = layout.routes.get(edge.id)!;
      for (const [index, point] of route.slice(1).entries()) {
        const before = route[index]!;
        expect(point.x === before.x || point.y === before.y).toBe(true);
      }
      // It leaves the bottom edge of its node and enters the top edge of the next.
      expect(route[0]!.y).toBeGreaterThanOrEqual(boxOf.get(edge.from)!.bottom);
      expect(route.at(-1)!.y).toBeLessThanOrEqual(boxOf.get(edge.to)!.top);
      expect(route[1]!.x).toBe(route[0]!.x);
    }
    expect(crossingsAndBends(layout).bends).toBeGreaterThan(0);
  });
});
