import { defineConfig } from 'vitest/config';

// Unit tests: the pure engine, extractors, storage on fake-indexeddb. e2e has its own config.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
