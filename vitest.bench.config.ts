import { defineConfig } from 'vitest/config';

/** `npm run bench`: figures and ratios, never pass/fail. */
export default defineConfig({
  test: { benchmark: { include: ['tests/bench/**/*.bench.ts'] } },
});
