/** Command lines for `legflow`: known options with odd values, unknown options, odd tokens. */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { oddNumber, oddString } from './odd-text';

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
