import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// esbuild (Vitest's default transform) drops decorator metadata, which
// type-graphql and TypeORM read; SWC keeps it.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    // graphql 16 ships CommonJS and ESM builds without an exports map: Node
    // (and so type-graphql) loads the CommonJS one, Vite would pick the ESM
    // one, and two copies of graphql refuse each other's types. One copy, please.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
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
