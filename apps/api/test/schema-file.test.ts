import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { expect, it } from 'vitest';
import { createSchema } from '../src/graphql/schema.js';

// The clients' types are generated from apps/api/schema.graphql; this keeps
// that file honest. After changing the API, run `npm run schema -w @rapport/api`.
it('schema.graphql matches the schema the API builds', async () => {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schema.graphql');
  const printed = `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
  expect(fs.readFileSync(file, 'utf8')).toBe(printed);
});
