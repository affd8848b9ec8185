/**
 * Generators of bad and odd inputs for the fuzz suite (issue 15, "Proof"): what a careless user,
 * a hostile page or a broken sender can put at a boundary. Every boundary's suite builds on these,
 * so widening a generator here widens every property that uses it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { NODE_KINDS } from '../../../shared/catalog/node-definition';
import { BRANCH_OPERATORS } from '../../../shared/catalog/param-spec';

/**
 * Runs per property. Modest on purpose: the suite stays in `npm test` and must take seconds on
 * two shared cores. A failure prints its seed and path, so a rare case replays exactly.
 */
export const RUNS = {
  /** Pure parsing in process. */
  pure: 300,
  /** A request over loopback, or a command that touches the disk. */
  io: 150,
  /** A whole command (a simulator started, a run made): slower per case. */
  heavy: 20,
} as const;

/** `LEGFLOW_FUZZ_SCALE`, or 1. */
const SCALE = ((scale) => (Number.isFinite(scale) && scale > 0 ? scale : 1))(
  Number(process.env.LEGFLOW_FUZZ_SCALE ?? 1),
);

/**
 * Runs for a property of `kind`, times `LEGFLOW_FUZZ_SCALE` when set: `LEGFLOW_FUZZ_SCALE=20 npx
 * vitest run tests/unit/fuzz` hunts longer for a rare case; `npm test` keeps the defaults.
 */
export function runs(kind: keyof typeof RUNS): number {
  return Math.max(1, Math.round(RUNS[kind] * SCALE));
}

/** A property's time-out: generous, since two cores are shared; longer when scaled up. */
export const FUZZ_TIMEOUT_MS = Math.round(60_000 * Math.max(1, SCALE));

/** JSON keys that have broken JavaScript parsers before. */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const;

/** Control characters, including the terminal escape and the ones JSON must escape. */
const CONTROL = fc.constantFrom('\u0000', '\u0007', '\b', '\t', '\n', '\r', '\u001b[31m', '\u007f');

/** Text a careless or hostile writer produces, each family on its own. */
const ODD_TEXTS = [
  '',
  ' ',
  '\uFEFF',
  '\uFEFF{}',
  '\u202Eevil',
  '\uD800',
  '\uDFFF',
  '💥',
  'नमस्ते',
  'e\u0301',
  '{{digits}}',
  '{{',
  '}}',
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e308',
  '-0',
  '0x10',
  ' 1 ',
  'null',
  'true',
  '[]',
  '{}',
  '<Say>&amp;</Say>',
  ']]>',
  "'; DROP TABLE legs; --",
  '%00',
  '%E0%A4%A',
  ...PROTOTYPE_KEYS,
];

/** A string of one of the odd families, up to a few hundred characters. */
export const oddString: Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXTS) },
  { weight: 1, arbitrary: fc.string({ unit: CONTROL, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...ODD_TEXTS), fc.string({ unit: 'binary-ascii', maxLength: 8 }))
      .map(([a, b]) => a + b),
  },
);

/** A very long string (up to 100 000 characters): limits, not content. */
export const longString: Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('a', '9', 'é', '\u0000', '💥', '{'),
    fc.integer({ min: 1_000, max: 100_000 }),
  )
  .map(([unit, count]) => unit.repeat(count));

/** Numbers at and past every edge: huge, tiny, negative, fractional, unsafe integers. */
export const oddNumber: Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(
    0,
    -0,
    -1,
    0.5,
    1e-308,
    1e308,
    -1e308,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    2 ** 32,
    65_536,
    86_401,
    999_999_999_999,
  ),
);

/** An object key, sometimes a prototype key (made an own property, as JSON.parse does). */
const oddKey: Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: oddString },
);

/** Builds an object whose keys are all own data properties, `__proto__` included. */
export function ownObject(
  entries: readonly (readonly [string, unknown])[],
): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(object, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return object;
}

/** Any JSON value: odd scalars, arrays and objects, a few levels deep. */
export const oddJson: Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    oddNumber,
    oddString,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(oddKey, tie('value')), { maxLength: 4 }).map((entries) => ownObject(entries)),
  ),
})).value;

/**
 * A value nested `depth` levels in arrays or objects: `[[[…]]]` or `{"a":{"a":…}}`. Kept as a
 * marker and written out by {@link jsonText}: Node's own JSON.stringify overflows its stack near
 * 5,000 levels, while JSON.parse reads them, so a receiver can be handed what we cannot write.
 */
export class Deep {
  constructor(
    readonly depth: number,
    readonly inObjects: boolean,
  ) {}

  text(): string {
    return this.inObjects
      ? `${'{"a":'.repeat(this.depth)}1${'}'.repeat(this.depth)}`
      : `${'['.repeat(this.depth)}1${']'.repeat(this.depth)}`;
  }
}

/** Deep nesting, up to the 5,000 levels that once slipped past the listener. */
export const deepJson: Arbitrary<Deep> = fc
  .tuple(fc.integer({ min: 50, max: 5_000 }), fc.boolean())
  .map(([depth, inObjects]) => new Deep(depth, inObjects));

/** JSON text of a generated value, {@link Deep} markers included; `-0` and NaN as JSON has them. */
export function jsonText(value: unknown): string {
  if (value instanceof Deep) return value.text();
  if (Array.isArray(value)) return `[${value.map(jsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value).map(
      (key) => `${JSON.stringify(key)}:${jsonText((value as Record<string, unknown>)[key])}`,
    );
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A generated value as a receiver gets it: parsed from its JSON text, markers expanded. */
export function wireValue(value: unknown): unknown {
  return JSON.parse(jsonText(value));
}

/** A JSON value of any kind, odd or deep or long. */
export const anyJson: Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: oddJson },
  { weight: 1, arbitrary: deepJson },
  { weight: 1, arbitrary: longString },
);

type Json = unknown;

/**
 * One change to a JSON document at some path: what a hand edit or a broken writer does. `path`
 * walks down from the top, one pick per level, so a top-level key is as likely a target as a
 * field deep inside (a uniform pick among all places would hardly ever touch `version`).
 */
type Edit =
  | { op: 'replace'; path: number[]; value: Json }
  | { op: 'delete'; path: number[] }
  | { op: 'add'; path: number[]; key: string; value: Json }
  | { op: 'wrap'; path: number[] };

const editPath = fc.array(fc.nat(), { minLength: 1, maxLength: 6 });

const edit: Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('replace' as const), path: editPath, value: anyJson }),
  fc.record({ op: fc.constant('delete' as const), path: editPath }),
  fc.record({ op: fc.constant('add' as const), path: editPath, key: oddKey, value: oddJson }),
  fc.record({ op: fc.constant('wrap' as const), path: editPath }),
);

function isContainer(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !(value instanceof Deep);
}

/** The place `path` leads to: a container and one of its keys, or none in a scalar document. */
function placeOf(
  document: Json,
  path: number[],
): { holder: Record<string, Json>; key: string } | undefined {
  if (!isContainer(document)) return undefined;
  let holder = document;
  for (const [level, pick] of path.entries()) {
    const keys = Object.keys(holder);
    if (keys.length === 0) return undefined;
    const key = keys[pick % keys.length]!;
    const next = holder[key];
    if (level === path.length - 1 || !isContainer(next)) return { holder, key };
    holder = next;
  }
  return undefined;
}

function applyEdit(document: Json, change: Edit): Json {
  const place = placeOf(document, change.path);
  if (!place) return change.op === 'replace' ? change.value : document;
  const { holder, key } = place;
  switch (change.op) {
    case 'replace':
      holder[key] = change.value;
      break;
    case 'delete':
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
      break;
    case 'add': {
      const target = holder[key];
      if (Array.isArray(target)) target.push(change.value);
      else if (isContainer(target)) {
        Object.defineProperty(target, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'wrap':
      holder[key] = [holder[key]];
      break;
  }
  return document;
}

/** A valid document with one to four random edits: nearly right, which is where bugs hide. */
export function mutated(valid: Json): Arbitrary<Json> {
  return fc
    .array(edit, { minLength: 1, maxLength: 4 })
    .map((edits) => edits.reduce(applyEdit, structuredClone(valid)));
}

/** What can go wrong with a file's text once written: cut short, a BOM, a stray byte. */
export function damagedText(text: Arbitrary<string>): Arbitrary<string> {
  return fc.oneof(
    text,
    fc.tuple(text, fc.nat()).map(([value, at]) => value.slice(0, at % (value.length + 1))),
    text.map((value) => `\uFEFF${value}`),
    fc
      .tuple(text, fc.nat(), fc.oneof(CONTROL, fc.constantFrom('\uFEFF', '"', ',', '}', ']', '\\')))
      .map(([value, at, insert]) => {
        const index = at % (value.length + 1);
        return value.slice(0, index) + insert + value.slice(index);
      }),
  );
}

/** Text for a file that should hold JSON: odd JSON, damaged JSON, or no JSON at all. */
export function jsonFileText(valid: Json): Arbitrary<string> {
  const asText = (value: Arbitrary<Json>) => value.map(jsonText);
  return fc.oneof(
    { weight: 4, arbitrary: asText(mutated(valid)) },
    { weight: 2, arbitrary: damagedText(asText(fc.oneof(fc.constant(valid), mutated(valid)))) },
    { weight: 1, arbitrary: asText(anyJson) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}

/** Lines of a stack trace, as Node prints them: what a user must never be shown. */
const STACK_LINE = /^\s+at .+(\.[cm]?[jt]s:\d+|\(node:|<anonymous>)/m;

/**
 * Fails unless `message` reads as written for a person: not empty, no stack trace, not a crash
 * report, not JavaScript's own words for a bug in our code.
 */
export function expectClearMessage(message: unknown): void {
  if (typeof message !== 'string' || message.trim() === '') {
    throw new Error(`expected a message, got ${JSON.stringify(message)}`);
  }
  const bad = [
    STACK_LINE,
    /This is a bug/i,
    /\b(TypeError|ReferenceError|RangeError)\b/,
    /Cannot read propert(y|ies) of/,
    /is not a function/,
    /Maximum call stack/,
    /\[object Object\]/,
  ].find((pattern) => pattern.test(message));
  if (bad) throw new Error(`message ${bad} should not reach a user:\n${message.slice(0, 2_000)}`);
}

/** The example flows as plain JSON: valid starting points for nearly-valid flows. */
export const EXAMPLE_FLOWS: readonly Record<string, unknown>[] = readdirSync('assets/examples')
  .filter((name) => name.endsWith('.legflow.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join('assets/examples', name), 'utf8')));

/** A flow file's text: any of the examples, broken in any of the ways above. */
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

/** The example scenarios as plain JSON. */
export const EXAMPLE_SCENARIOS: readonly Record<string, unknown>[] = readdirSync(
  'assets/examples/scenarios',
)
  .sort()
  .flatMap((folder) =>
    readdirSync(join('assets/examples/scenarios', folder))
      .sort()
      .map((name) =>
        JSON.parse(readFileSync(join('assets/examples/scenarios', folder, name), 'utf8')),
      ),
  );

/** A scenario file's text: any of the examples, broken in any way. */
export const scenarioFileText: Arbitrary<string> = fc
  .constantFrom(...EXAMPLE_SCENARIOS)
  .chain((scenario) => jsonFileText(scenario));

/** An option's value as typed on a command line: numbers at their edges, words, odd text. */
export const optionValue: Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: oddNumber.map(String) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '0',
      '1',
      '2',
      '-1',
      '0.001',
      '1e308',
      '1e-308',
      '4294967296',
      '65536',
      '1_000',
      '0x1F',
      'instant',
      'manual',
      'true',
      '',
      '500=0.5',
      '500=2',
      '429=-1',
      'latency=abc',
      'latency=10ms-5ms',
      'drop=0.1,dup=0.1,reorder=0.1',
      'seed=1',
      'bogus=1',
      '500=0.05,429=0.02,latency=200ms,drop=0.01,dup=0.05,reorder=0.05',
    ),
  },
  { weight: 2, arbitrary: oddString },
);

/**
 * A command line after the command's name: known options with odd values, unknown options,
 * `--`, `-x` clusters, `--opt=value` forms, and positionals from `positionals`.
 */
export function argv(
  options: readonly string[],
  positionals: Arbitrary<string>,
  positionalWeight = 3,
  value: Arbitrary<string> = optionValue,
): Arbitrary<string[]> {
  const token: Arbitrary<string[]> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.constantFrom(...options), value).map(([o, v]) => [`--${o}`, v]),
    },
    { weight: 2, arbitrary: fc.constantFrom(...options).map((o) => [`--${o}`]) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom(...options), value).map(([o, v]) => [`--${o}=${v}`]),
    },
    { weight: positionalWeight, arbitrary: positionals.map((p) => [p]) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('--', '-', '-h', '--help', '-x', '-abc', '--bogus', '---', '--=', '--no-json')
        .map((t) => [t]),
    },
    { weight: 1, arbitrary: oddString.map((t) => [t]) },
  );
  return fc.array(token, { maxLength: 6 }).map((tokens) => tokens.flat());
}

/** Whether `legflow` shows this error as a usage error rather than "This is a bug" (legflow.ts). */
export function isKnownCliError(
  error: unknown,
  cliErrorClass: abstract new (...args: never[]) => Error,
): boolean {
  return (
    error instanceof cliErrorClass ||
    ((error as { code?: unknown })?.code as string | undefined)?.startsWith?.('ERR_PARSE_ARGS') ===
      true
  );
}
