import { defineConfig } from 'vitest/config';

// The shared hooks are tested by rendering them, so the tests need a DOM.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
});
