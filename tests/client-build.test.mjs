// Issue #12, finding 9: both clients published their source maps. Their
// shared Vite settings now build maps "hidden": written for error reports,
// never referenced from the bundles (and the API refuses to serve .map files).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientViteConfig } from '../packages/client/src/vite-config.js';

test('client builds keep their source maps hidden', () => {
  const config = clientViteConfig({ port: 5173, plugins: [] });
  assert.equal(config.build.sourcemap, 'hidden');
});
