import { expect } from 'vitest';
import { wireResultSchema } from '../../../../shared/ipc';
import type { WireResult } from '../../../../shared/ipc';
import { expectClearMessage } from '../../../unit/fuzz/fuzz-inputs';

/** A result a page can show: parsed by the contract's schema, and not a bug. */
export function expectClearResult(result: WireResult, what: string): void {
  expect(() => wireResultSchema.parse(result), what).not.toThrow();
  if (result.ok) return;
  expect(result.error.code, `${what}\n→ ${JSON.stringify(result.error).slice(0, 600)}`).not.toBe(
    'internal',
  );
  expectClearMessage(result.error.message);
  for (const problem of result.error.problems ?? []) expectClearMessage(problem);
}
