import { defineConfig } from 'vitest/config';

// Real-browser stories against the built extension (.output/); run `wxt build` (both browsers) first.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Two cores: one browser at a time. Stories wait for states, never for time; these limits
    // only decide when a state that never comes is a failure, so they are generous for busy
    // CI machines (cold browser starts, a CPU-bound neighbour).
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['verbose'],
  },
});
