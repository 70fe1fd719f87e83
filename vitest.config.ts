import { configDefaults, defineConfig } from 'vitest/config';

// Units live next to their code (src/**/*.test.ts); multi-process, network and browser flows live in
// tests/integration and tests/e2e; the Electron shell's logic is tested in tests/main through injected
// fakes. Integration and e2e tests use the compiled build (npm test builds first).
const e2e = 'tests/e2e/**/*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // No retries: a test that fails once has found something, and a flaky one must be fixed, not hidden.
        test: {
          name: 'core',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, e2e],
          retry: 0,
        },
      },
      {
        extends: true,
        // Chromium driving the dashboard can miss a frame on a loaded machine; one more run is allowed here
        // only (a real failure still fails twice and is reported).
        test: { name: 'e2e', include: [e2e], retry: 1 },
      },
    ],
  },
});
