import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          // These read the built site in dist/ (run `npm run build` first) or build fixtures themselves.
          include: ['tests/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // Fixture builds and the browser share two cores: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
