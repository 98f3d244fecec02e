import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs beside the code with no infrastructure; `integration` talks to the
// real Kafka broker, schema registry and PostgreSQL, which its global setup obtains once
// (explicit environment first, otherwise the local stack; see packages/testkit).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Unit tests first, then integration: projects with different worker counts run as groups.
          sequence: { groupOrder: 0 },
          include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'services/*/console/src/**/*.test.ts', 'schemas/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['test/**/*.test.ts', 'packages/*/src/**/*.int.test.ts', 'services/*/src/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['packages/testkit/src/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Two cores shared with a broker and a registry: a second worker helps, more thrash.
          maxWorkers: 2,
        },
      },
    ],
  },
});
