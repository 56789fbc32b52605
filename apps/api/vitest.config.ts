import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// esbuild (Vitest's default transform) drops decorator metadata, which
// type-graphql and TypeORM read; SWC keeps it.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file makes its own database; running files one after another keeps
    // the 2-core CI machine from thrashing and SQLite files from contending.
    fileParallelism: false,
  },
});
