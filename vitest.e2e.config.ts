import { defineConfig } from 'vitest/config';

// Real-browser stories against the built extension (.output/); run `wxt build` (both browsers) first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Two cores: one browser at a time, and generous time for cold starts.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
