import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // A beforeAll that starts pdf.js cold (its threads, its code compiled) took over vitest's default
    // 10 s on a loaded two-core CI machine; hooks get the tests' time and more.
    hookTimeout: 60_000,
  },
});
