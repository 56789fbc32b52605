// Proves the boundary rule in eslint.config.js bites: each case lints a line
// of code as if it lived in a given file and expects (or not) the rule to fire.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const eslint = new ESLint();
const RULE = 'import-x/no-restricted-paths';

async function boundaryErrors(filePath, code) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === RULE);
}

test('a client importing the API source is refused', async () => {
  const errors = await boundaryErrors(
    'apps/web/src/boundary-probe.ts',
    "import { loadConfig } from '../../api/src/config';\nexport const probe = loadConfig;\n",
  );
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /never imports the API's or the other client's source/);
});

test("one client importing the other client's source is refused", async () => {
  const errors = await boundaryErrors(
    'apps/admin/src/boundary-probe.ts',
    "import webPackage from '../../web/package.json';\nexport const probe = webPackage;\n",
  );
  assert.equal(errors.length, 1);
});

test('the domain importing anything of ours is refused', async () => {
  const errors = await boundaryErrors(
    'packages/domain/src/boundary-probe.ts',
    "import { loadConfig } from '../../../apps/api/src/config.js';\nexport const probe = loadConfig;\n",
  );
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /domain is pure/);
});

test('the API may import the domain', async () => {
  const errors = await boundaryErrors(
    'apps/api/src/boundary-probe.ts',
    "import { ok } from '@rapport/domain';\nexport const probe = ok;\n",
  );
  assert.deepEqual(errors, []);
});

test('an import cycle is refused', async () => {
  // The fixtures are outside the linted tree on purpose; lint them explicitly.
  const linter = new ESLint({ ignore: false });
  const [result] = await linter.lintFiles(['tests/fixtures/cycle/first.ts']);
  const cycles = result.messages.filter((m) => m.ruleId === 'import-x/no-cycle');
  assert.equal(cycles.length, 1);
  assert.match(cycles[0].message, /cycle/i);
});
