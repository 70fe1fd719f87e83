import { defineConfig } from 'vitest/config';

// Units live next to their code (src/**/*.test.ts); multi-process, network and browser flows live in
// tests/integration and tests/e2e. Integration and e2e tests use the compiled build (npm test builds first).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    // Multi-process, TLS and browser tests share two cores with each other; a test that fails because the
    // machine stalled gets one more run (a real failure fails twice and is reported).
    retry: 1,
  },
});
