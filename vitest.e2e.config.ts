import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium. `npm test` builds before running these.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
