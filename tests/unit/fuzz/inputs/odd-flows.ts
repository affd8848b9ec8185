/** Flow files: the examples broken as files, or kept loadable but odd inside. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { NODE_KINDS } from '../../../../shared/catalog/node-definition';
import { BRANCH_OPERATORS } from '../../../../shared/catalog/param-spec';
import { jsonFileText } from './damaged-json';
import { oddKey, oddNumber, oddString } from './odd-text';

/** The example flows as plain JSON: valid starting points for nearly-valid flows. */
export const EXAMPLE_FLOWS: readonly Record<string, unknown>[] = readdirSync('assets/examples')
  .filter((name) => name.endsWith('.legflow.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join('assets/examples', name), 'utf8')));

/** A flow file's text: any of the examples, broken in any of the ways of damaged-json.ts. */
export const flowFileText: Arbitrary<string> = fc
  .constantFrom(...EXAMPLE_FLOWS)
  .chain((flow) => jsonFileText(flow));

/** A node id, a port name or a label that the schema takes, odd as it may be. */
const wellFormedId = fc.stringMatching(/^[A-Za-z0-9_.-]{1,64}$/);

/** A param value of every shape the schema allows, with odd contents. */
const oddParamValue: Arbitrary<unknown> = fc.oneof(
  oddString,
  oddNumber,
  fc.boolean(),
  fc.array(oddString, { maxLength: 4 }),
  fc.array(fc.record({ digits: oddString, label: oddString }), { maxLength: 4 }),
  fc.array(
    fc.record(
      {
        operator: fc.constantFrom(...BRANCH_OPERATORS),
        value: oddString,
        label: oddString,
      },
      { requiredKeys: ['operator', 'value'] },
    ),
    { maxLength: 4 },
  ),
);

interface LooseNode {
  id: string;
  kind: string;
  leg: string | null;
  label: string;
  params: Record<string, unknown>;
}

/** One change a flow can take and still pass the schema: it loads, then validation must cope. */
const flowEdit = fc.oneof(
  fc.record({
    op: fc.constant('param' as const),
    node: fc.nat(),
    name: oddKey,
    value: oddParamValue,
  }),
  fc.record({
    op: fc.constant('kind' as const),
    node: fc.nat(),
    kind: fc.constantFrom(...NODE_KINDS),
  }),
  fc.record({ op: fc.constant('leg' as const), node: fc.nat(), leg: fc.option(wellFormedId) }),
  fc.record({
    op: fc.constant('edge' as const),
    from: fc.nat(),
    to: fc.nat(),
    port: fc.oneof(
      wellFormedId,
      oddString.filter((text) => text.length > 0),
    ),
  }),
  fc.record({ op: fc.constant('unedge' as const), edge: fc.nat() }),
  fc.record({
    op: fc.constant('variable' as const),
    name: fc.stringMatching(/^[A-Za-z_]\w{0,10}$/),
    value: oddString,
  }),
  fc.record({
    op: fc.constant('label' as const),
    node: fc.nat(),
    label: oddString.map((t) => t.slice(0, 120)),
  }),
);

/**
 * A flow that passes the file schema yet is odd inside: params of the wrong kind or shape,
 * nodes switched to another kind, edges from any port to anywhere, templates everywhere.
 */
export const wellFormedOddFlow: Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.constantFrom(...EXAMPLE_FLOWS), fc.array(flowEdit, { minLength: 1, maxLength: 6 }))
  .map(([example, edits]) => {
    const flow = structuredClone(example) as {
      nodes: LooseNode[];
      edges: { id: string; from: string; port: string; to: string }[];
      variables?: Record<string, string>;
    };
    for (const [index, change] of edits.entries()) {
      const node = flow.nodes[('node' in change ? change.node : 0) % flow.nodes.length]!;
      switch (change.op) {
        case 'param':
          Object.defineProperty(node.params, change.name, {
            value: change.value,
            enumerable: true,
            writable: true,
            configurable: true,
          });
          break;
        case 'kind':
          node.kind = change.kind;
          break;
        case 'leg':
          node.leg = change.leg;
          break;
        case 'edge':
          flow.edges.push({
            id: `fuzz-edge-${index}`,
            from: flow.nodes[change.from % flow.nodes.length]!.id,
            port: change.port,
            to: flow.nodes[change.to % flow.nodes.length]!.id,
          });
          break;
        case 'unedge':
          if (flow.edges.length > 0) flow.edges.splice(change.edge % flow.edges.length, 1);
          break;
        case 'variable':
          flow.variables = { ...flow.variables, [change.name]: change.value };
          break;
        case 'label':
          node.label = change.label;
          break;
      }
    }
    return flow as unknown as Record<string, unknown>;
  });
