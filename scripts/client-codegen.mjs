// GraphQL Code Generator configuration shared by both clients (apps/web and
// apps/admin call it from their codegen.ts).
//
// Why not the client preset alone: it writes every operation document into
// one module, src/gql/graphql.ts. Every page imports from it, so the bundler
// ships all documents of the app with the first page (issue #11: the seeker
// app's first load was 1.2 KB under its budget with only four features).
// Here the types stay in one module — types are erased, so importing them is
// free — and each .graphql file gets its own module of documents under
// src/gql/documents/, mirroring where the file lives, so a page's documents
// travel in that page's chunk.
//   src/features/asks/api/asks.graphql → src/gql/documents/features/asks/api/asks.ts
import { readdirSync } from 'node:fs';
import path from 'node:path';

const TYPE_CONFIG = {
  useTypeImports: true,
  enumsAsTypes: true,
  // Apollo Client adds __typename to every object it fetches; the types say so.
  nonOptionalTypename: true,
  skipTypeNameForRoot: true,
  scalars: { DateTimeISO: 'string' },
};

/** Every .graphql file under `dir`, relative to `root`, with forward slashes. */
function graphqlFiles(root, dir) {
  const found = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory() && relative !== 'src/gql') found.push(...graphqlFiles(root, relative));
    else if (entry.isFile() && entry.name.endsWith('.graphql')) found.push(relative);
  }
  return found;
}

/** The generated documents module for one .graphql file, relative to the app. */
export function documentsModuleFor(graphqlFile) {
  return `src/gql/documents/${graphqlFile.replace(/^src\//, '').replace(/\.graphql$/, '.ts')}`;
}

/** The codegen config for the client whose package root is `appRoot`. */
export function clientCodegenConfig(appRoot) {
  const files = graphqlFiles(appRoot, 'src');
  const documentModules = Object.fromEntries(
    files.map((file) => {
      const target = documentsModuleFor(file);
      const typesModule = path.posix.relative(path.posix.dirname(target), 'src/gql/graphql');
      return [
        target,
        {
          documents: [file],
          plugins: [
            { add: { content: `import type * as Types from '${typesModule}';` } },
            'typed-document-node',
          ],
          // The result and variables types live in the shared types module.
          config: { ...TYPE_CONFIG, importOperationTypesFrom: 'Types' },
        },
      ];
    }),
  );
  return {
    schema: '../api/schema.graphql',
    // Documents are given per output: an output's own list is added to a
    // top-level one, so a top-level list would put everything everywhere.
    ignoreNoDocuments: true,
    generates: {
      // Types of the schema and of every operation and fragment: import with `import type`.
      'src/gql/graphql.ts': {
        documents: files,
        plugins: ['typescript-operations'],
        config: TYPE_CONFIG,
      },
      ...documentModules,
      // The schema as this client sees it, for the unit test that checks every
      // paged query has its connection field registered (src/app/connection-fields.test.ts).
      'src/gql/schema.graphql': { plugins: ['schema-ast'] },
    },
  };
}
