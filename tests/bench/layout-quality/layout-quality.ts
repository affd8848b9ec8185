// How Tidy up's pictures read: for every example and for generated flows of 50 to 300 nodes,
// overlapping nodes and lines through nodes (both must be 0), line crossings and bends, and the
// time ELK takes. `npx vite-node tests/bench/layout-quality/layout-quality.ts` (part of `npm run bench`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Elk from 'elkjs/lib/elk.bundled.js';
import { layoutFromElk, toElkGraph } from '../../../renderer/canvas/auto-layout';
import type { FlowDocument } from '../../../shared/flow/flow-document';
import { loadFlow } from '../../../shared/flow/load-flow';
import { generatedFlow } from '../../unit/renderer/generated-flow';
import {
  boxesOf,
  crossingsAndBends,
  linesThroughNodes,
  overlaps,
} from '../../unit/renderer/layout-geometry';

const EXAMPLES = join(import.meta.dirname, '../../../assets/examples');

async function measure(name: string, flow: FlowDocument) {
  const graph = toElkGraph(flow, {});
  const started = performance.now();
  const layout = layoutFromElk(flow, await new Elk().layout(graph));
  const ms = performance.now() - started;
  const sizes = new Map((graph.children ?? []).map((child) => [child.id, child]));
  const boxes = boxesOf(flow, layout, (id) => ({
    width: sizes.get(id)!.width!,
    height: sizes.get(id)!.height!,
  }));
  const { crossings, bends } = crossingsAndBends(layout);
  return {
    flow: name,
    nodes: flow.nodes.length,
    lines: flow.edges.length,
    overlaps: overlaps(boxes).length,
    'through nodes': linesThroughNodes(flow, layout, boxes).length,
    crossings,
    bends,
    'bends per line': Number((bends / Math.max(flow.edges.length, 1)).toFixed(2)),
    'ELK ms': Math.round(ms),
  };
}

const rows = [];
for (const file of readdirSync(EXAMPLES).filter((name) => name.endsWith('.legflow.json'))) {
  rows.push(await measure(file, loadFlow(readFileSync(join(EXAMPLES, file), 'utf8'))));
}
for (const count of [50, 150, 300])
  rows.push(await measure(`generated ${count}`, generatedFlow(count, count)));
console.log('Tidy up: the pictures it makes (overlaps and lines through nodes must be 0)');
console.table(rows);
