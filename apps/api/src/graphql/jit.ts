import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  defaultFieldResolver,
  defaultTypeResolver,
  execute,
  getNamedType,
  getVariableValues,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  GraphQLError,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LAZY_EXTENSION } from './lazy.js';

/**
 * Runs operations with graphql-jit behind Apollo Server: each operation is
 * compiled once into a plain function (no walk of the document per field,
 * no generic completeValue) and kept beside the parsed document Apollo
 * already caches, so a repeated operation costs one call. Apollo still
 * parses, validates, runs every plugin and formats errors as before; only
 * execution changes. This is Apollo's documented executor interface (the
 * one a federation gateway uses), with the schema handed over once.
 *
 * Measured with `npm run bench`: see bench/results/latest.md.
 */
type Prepared = CompiledQuery | ExecutionResult | 'interpret';
const compiled = new WeakMap<DocumentNode, Map<string, Prepared>>();

/**
 * graphql-jit calls resolveType synchronously; type-graphql's union and
 * interface resolvers are async. An operation that reaches such a type runs
 * on graphql-js as before.
 */
function reachesAsyncAbstractType(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field() {
        const type = getNamedType(typeInfo.getType());
        if (
          (type instanceof GraphQLUnionType || type instanceof GraphQLInterfaceType) &&
          type.resolveType?.constructor.name === 'AsyncFunction'
        ) {
          found = true;
        }
      },
    }),
  );
  return found;
}

export function jitExecutor(schema: GraphQLSchema): GatewayExecutor {
  return async ({ document, operation, operationName, context, request }) => {
    // Variables are coerced by graphql-js first: a bad one then gets
    // graphql-js' error, which Apollo answers as BAD_USER_INPUT (graphql-jit's
    // own would reach the client as an unexpected error). graphql-jit still
    // coerces the raw values itself, so custom scalars are parsed once.
    if (operation?.variableDefinitions?.length) {
      const coerced = getVariableValues(
        schema,
        operation.variableDefinitions,
        request.variables ?? {},
      );
      if (coerced.errors) return { errors: coerced.errors };
    }
    let forDocument = compiled.get(document);
    if (!forDocument) {
      forDocument = new Map();
      compiled.set(document, forDocument);
    }
    const key = operationName ?? '';
    let query = forDocument.get(key);
    if (!query) {
      // Serialising leaves through graphql-js' own scalars keeps every
      // answer byte for byte what graphql-js would give.
      query = reachesAsyncAbstractType(schema, document)
        ? 'interpret'
        : compileQuery(schema, document, operationName ?? undefined, {
            disablingCapturingStackErrors: true,
          });
      forDocument.set(key, query);
    }
    if (query === 'interpret') {
      return execute({
        schema,
        document,
        operationName,
        contextValue: context,
        variableValues: request.variables,
      });
    }
    // A document that cannot be compiled (an unknown operation name) answers with its errors.
    if (!isCompiledQuery(query)) return withGraphqlErrors(query as ExecutionResult);
    return withGraphqlErrors(
      (await query.query(undefined, context, request.variables ?? {})) as ExecutionResult,
    );
  };
}

/**
 * graphql-jit reports errors with a GraphQLError class of its own; Apollo and
 * formatError expect graphql-js' (extensions always an object, originalError
 * kept), so each is rebuilt as one, with the same message, path and cause.
 */
function withGraphqlErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map((error: GraphQLError) => {
      if (error instanceof GraphQLError && error.extensions) return error;
      const rebuilt = new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        path: error.path,
        originalError: error.originalError ?? undefined,
        extensions: error.extensions ?? {},
      });
      // graphql-jit keeps only the locations (no nodes or source to work them out from).
      if (!rebuilt.locations && error.locations?.length) {
        Object.defineProperty(rebuilt, 'locations', {
          value: error.locations,
          enumerable: true,
          writable: true,
        });
      }
      return rebuilt;
    }),
  };
}

/**
 * graphql-jit reads a field without a resolver as a plain property, where
 * graphql-js calls it when it is a function. The fields whose value may be
 * such a function say so with `@Lazy()` (a connection's totalCount, counted
 * only when asked; the dashboard's sections): they get graphql-js' own
 * default resolver, and every other plain field is read directly, which is
 * most of what graphql-jit saves. Abstract types without resolveType get
 * graphql-js' own type resolver, so they behave exactly as before.
 */
function withDefaultResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (type instanceof GraphQLObjectType) {
      for (const field of Object.values(type.getFields())) {
        if (field.extensions[LAZY_EXTENSION]) field.resolve ??= defaultFieldResolver;
      }
    }
    // The same for unions and interfaces without resolveType (isTypeOf, __typename).
    if (type instanceof GraphQLUnionType || type instanceof GraphQLInterfaceType) {
      type.resolveType ??= defaultTypeResolver;
    }
  }
}

/** The schema and the executor, in the shape Apollo Server takes a gateway in. */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  withDefaultResolvers(schema);
  return {
    async load() {
      return { executor: jitExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
}
