import {
  buildSchema,
  getNamedType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
} from 'graphql';
import type { ConnectionFields } from './connection-fields';

// Kept apart from connection-fields.ts, which ships in every bundle: this
// check builds a whole schema and runs only in the apps' unit tests.

const PAGING_ARGUMENTS = new Set(['first', 'after']);

/**
 * What is wrong between an app's operations and its registered connection
 * fields, one sentence per mistake; empty when nothing is. Checked against
 * the schema the clients are generated from:
 * - a field whose type is a `…Connection`, asked for with `first` or `after`,
 *   must be registered (or "Load more" silently stops appending): a root
 *   Query field by its name, a nested one as "Type.field";
 * - a registered field must be such a connection, and its key arguments
 *   must be arguments of that field, other than `first`/`after`.
 */
export function connectionFieldProblems(
  schemaSource: string,
  documents: readonly DocumentNode[],
  registered: ConnectionFields,
): string[] {
  const schema = buildSchema(schemaSource);
  if (!schema.getQueryType()) return ['The schema has no Query type.'];
  const fieldOf = (key: string) => {
    const [typeName, fieldName] = key.includes('.') ? key.split('.', 2) : ['Query', key];
    const type = schema.getType(typeName ?? '');
    return isObjectType(type) && fieldName ? type.getFields()[fieldName] : undefined;
  };
  const isConnection = (key: string) => {
    const field = fieldOf(key);
    const type = field && getNamedType(field.type);
    return type !== undefined && isObjectType(type) && type.name.endsWith('Connection');
  };

  const problems: string[] = [];
  for (const document of documents) {
    const typeInfo = new TypeInfo(schema);
    let operation = 'an unnamed query';
    let inQuery = false;
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition(definition) {
          operation = definition.name?.value ?? 'an unnamed query';
          inQuery = definition.operation === 'query';
        },
        FragmentDefinition(definition) {
          operation = definition.name.value;
          inQuery = true;
        },
        Field(selection) {
          const parent = typeInfo.getParentType();
          if (!inQuery || !parent) return;
          const field = selection.name.value;
          // Root fields keep their plain name; nested ones are "Type.field".
          const key = parent.name === 'Query' ? field : `${parent.name}.${field}`;
          const paged = selection.arguments?.some((arg) => PAGING_ARGUMENTS.has(arg.name.value));
          if (paged && isConnection(key) && !(key in registered)) {
            problems.push(
              `${operation} pages through "${key}", which no feature registers as a connection field.`,
            );
          }
        },
      }),
    );
  }

  for (const [key, keyArgs] of Object.entries(registered)) {
    if (!isConnection(key)) {
      problems.push(
        key.includes('.')
          ? `"${key}" is registered as a connection field but is no connection on that type.`
          : `"${key}" is registered as a connection field but is no connection on Query.`,
      );
      continue;
    }
    const argumentNames = new Set(fieldOf(key)?.args.map((arg) => arg.name));
    for (const keyArg of keyArgs) {
      if (PAGING_ARGUMENTS.has(keyArg) || !argumentNames.has(keyArg)) {
        problems.push(`"${key}" cannot tell its lists apart by "${keyArg}".`);
      }
    }
  }
  return problems;
}
