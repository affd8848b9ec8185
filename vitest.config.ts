import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // The CLI tests run the built bundle, as a user would.
          globalSetup: ['tests/integration/build-once.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
});
