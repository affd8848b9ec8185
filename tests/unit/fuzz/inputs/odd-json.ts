/** Odd JSON values: any shape, nested past a parser's limits, and their text as sent. */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { longString, oddKey, oddNumber, oddString } from './odd-text';

/** Builds an object whose keys are all own data properties, `__proto__` included. */
function ownObject(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
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
