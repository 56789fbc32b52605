import { defineConfig } from 'vitest/config';

// The app's unit tests check its wiring (operations against the schema); they
// need no browser and none of vite.config.ts's React and dev-server settings.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
