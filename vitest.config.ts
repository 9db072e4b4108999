import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A hang guard, not a speed check (benchmarks in bench/ measure speed). The pipeline tests run real
    // workers, Redis, PostgreSQL and Chromium; on two shared cores with the rest of the suite some take
    // 60-80 s (45 s alone), so the guard leaves them room.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    // Integration suites start real servers (Redis, PostgreSQL, Chromium); two cores here, so keep it modest.
    maxWorkers: 2,
  },
});
