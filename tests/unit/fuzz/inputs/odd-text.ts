/** Odd scalars: text and numbers that have broken parsers, terminals and templates before. */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';

/** JSON keys that have broken JavaScript parsers before. */
const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
] as const;

/** Control characters, including the terminal escape and the ones JSON must escape. */
export const CONTROL = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\b',
  '\t',
  '\n',
  '\r',
  '\u001b[31m',
  '\u007f',
);

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
export const oddKey: Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
  { weight: 1, arbitrary: oddString },
);
