import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/support/english-setup.ts', 'tests/unit/support/property-seed.ts'],
    // No unit test asserts a duration; this only decides when one that hangs has failed. Vitest's
    // 5 s default is too tight for the CLI tests (each starts a process) and the property tests
    // on a busy CI machine.
    testTimeout: 60_000,
  },
});
