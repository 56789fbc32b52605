import { buildSchema, getNamedType, isObjectType, Kind, type DocumentNode } from 'graphql';
import type { ConnectionFields } from './connection-fields';

// Kept apart from connection-fields.ts, which ships in every bundle: this
// check builds a whole schema and runs only in the apps' unit tests.

const PAGING_ARGUMENTS = new Set(['first', 'after']);

/**
 * What is wrong between an app's operations and its registered connection
 * fields, one sentence per mistake; empty when nothing is. Checked against
 * the schema the clients are generated from:
 * - a root Query field whose type is a `…Connection`, asked for with `first`
 *   or `after`, must be registered (or "Load more" silently stops appending);
 * - a registered field must be such a connection on Query, and its key
 *   arguments must be arguments of that field, other than `first`/`after`.
 */
export function connectionFieldProblems(
  schemaSource: string,
  documents: readonly DocumentNode[],
  registered: ConnectionFields,
): string[] {
  const queryType = buildSchema(schemaSource).getQueryType();
  if (!queryType) return ['The schema has no Query type.'];
  const rootFields = queryType.getFields();
  const isConnection = (field: string) => {
    const type = rootFields[field] && getNamedType(rootFields[field].type);
    return type !== undefined && isObjectType(type) && type.name.endsWith('Connection');
  };

  const problems: string[] = [];
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== 'query') {
        continue;
      }
      const operation = definition.name?.value ?? 'an unnamed query';
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind !== Kind.FIELD) continue;
        const field = selection.name.value;
        const paged = selection.arguments?.some((arg) => PAGING_ARGUMENTS.has(arg.name.value));
        if (paged && isConnection(field) && !(field in registered)) {
          problems.push(
            `${operation} pages through "${field}", which no feature registers as a connection field.`,
          );
        }
      }
    }
  }

  for (const [field, keyArgs] of Object.entries(registered)) {
    if (!isConnection(field)) {
      problems.push(
        `"${field}" is registered as a connection field but is no connection on Query.`,
      );
      continue;
    }
    const argumentNames = new Set(rootFields[field]?.args.map((arg) => arg.name));
    for (const keyArg of keyArgs) {
      if (PAGING_ARGUMENTS.has(keyArg) || !argumentNames.has(keyArg)) {
        problems.push(`"${field}" cannot tell its lists apart by "${keyArg}".`);
      }
    }
  }
  return problems;
}
