// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The import boundaries of ARCHITECTURE.md, checked on resolved file paths
 * (so a relative "../../api/src" is caught as surely as "@rapport/api"):
 * domain imports nothing of ours; ui no domain, Apollo or app; the api no
 * client; a client never the api's source nor the other client; and inside
 * a client, one feature folder never reaches into another.
 */
const apps = ['web', 'admin'];
const otherPackages = (self) =>
  [
    './apps/api',
    './apps/web',
    './apps/admin',
    './packages/ui',
    './packages/client',
    './packages/domain',
    './e2e',
  ].filter((p) => p !== self);

function featureZones(app) {
  const dir = `apps/${app}/src/features`;
  if (!fs.existsSync(dir)) return [];
  const features = fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isDirectory());
  return features.map((feature) => ({
    target: `./${dir}/${feature}`,
    from: `./${dir}`,
    except: [`./${feature}`],
    message: 'Features do not import each other; compose them in src/app instead.',
  }));
}

const boundaryZones = [
  {
    target: './packages/domain',
    from: otherPackages('./packages/domain'),
    message: 'The domain is pure and imports nothing of ours.',
  },
  {
    target: './packages/ui',
    from: otherPackages('./packages/ui'),
    message: 'ui holds presentational components only: no domain, no app code.',
  },
  {
    target: './packages/client',
    from: ['./apps/api', './apps/web', './apps/admin', './e2e'],
    message: 'client holds glue shared by both apps; it imports no app and never the API source.',
  },
  {
    target: './apps/api',
    from: ['./apps/web', './apps/admin', './packages/ui', './packages/client', './e2e'],
    message: 'The API does not import client code.',
  },
  ...apps.map((app) => ({
    target: `./apps/${app}`,
    from: ['./apps/api', ...apps.filter((a) => a !== app).map((a) => `./apps/${a}`), './e2e'],
    message:
      "A client talks to the API over GraphQL and never imports the API's or the other client's source.",
  })),
  ...apps.flatMap(featureZones),
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '**/src/gql/**',
      '**/.turbo/**',
      'data/**',
      '**/test-results/**',
      '**/playwright-report/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // Without a TypeScript parser here import-x cannot read the .ts files
      // an import leads to, and no-cycle silently finds nothing.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          noWarnOnMultipleProjects: true,
          project: ['apps/*/tsconfig.json', 'packages/*/tsconfig.json', 'e2e/tsconfig.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      // A cycle makes start-up order matter and drags unrelated modules into
      // every import; services in particular must not reach back into the
      // GraphQL layer that calls them. Type-only imports are erased and so
      // do not count.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // type-graphql and TypeORM read decorator metadata from the runtime
    // value of a parameter's or property's type, so those imports must stay
    // value imports in the api even when they look type-only.
    files: ['apps/api/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'off',
      // Role rules are checked by our own decorator (auth/authorized.ts).
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'type-graphql',
              importNames: ['Authorized'],
              message: "Import Authorized from auth/authorized.ts: type-graphql's is not wired up.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'apps/web/**/*.{ts,tsx}',
      'apps/admin/**/*.{ts,tsx}',
      'packages/ui/**/*.{ts,tsx}',
      'packages/client/**/*.{ts,tsx}',
    ],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
);
