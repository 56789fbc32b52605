import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { IntrospectionAccess } from '../config.js';
import type { Context } from '../graphql/context.js';

/**
 * Bounds on the shape of one GraphQL document, for every caller, checked
 * before anything runs. better-sqlite3 blocks the whole process while a
 * query runs, so one document asking for `companies(first: 100)` under
 * thousands of aliases stalled every other request, /healthz included.
 * The numbers leave ample room for the clients' own operations (the largest
 * has depth 5, no aliases and one root field); a later cost analysis will
 * price fields on top of these.
 */
export const QUERY_LIMITS = {
  /** Lexical tokens in the document: stops huge documents at the parser, before validation's own work grows with them. */
  tokens: 2000,
  depth: 10,
  aliases: 15,
  rootFields: 10,
  directives: 20,
  /**
   * Fields and fragments side by side in one selection set. graphql-js
   * compares every pair of them when validating, so a set of 2000 repeats
   * of one field costs a tenth of a second; no real screen asks for 100.
   */
  selections: 100,
  /**
   * Fragment definitions in one document. The overlap check also compares
   * fragments pairwise: 100 one-field fragments cost a quarter of a second.
   * The clients use one or two.
   */
  fragments: 20,
} as const;

export type QueryLimit = keyof typeof QUERY_LIMITS;

/** What a refused document reports in `extensions.code`. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

function limitError(limit: QueryLimit, found?: number): GraphQLError {
  const max = QUERY_LIMITS[limit];
  const what = {
    tokens: 'tokens',
    depth: 'levels of nesting',
    aliases: 'aliases',
    rootFields: 'top-level fields',
    directives: 'directives',
    selections: 'fields side by side',
    fragments: 'fragments',
  }[limit];
  return new GraphQLError(
    `This request has too many ${what}${found === undefined ? '' : ` (${found})`}; the most allowed is ${max}. Split it into smaller requests.`,
    { extensions: { limit, max } },
  );
}

/** Armor's rules report through our own error, so every limit reads the same. */
const reportAs =
  (limit: QueryLimit) =>
  (context: ValidationContext | null, error: GraphQLError): void => {
    const found = Number(/found (\d+)/.exec(error.message)?.[1]);
    context?.reportError(limitError(limit, Number.isFinite(found) ? found : undefined));
  };

const armor = (limit: QueryLimit) => ({
  n: QUERY_LIMITS[limit],
  propagateOnRejection: false,
  onReject: [reportAs(limit)],
});

/** Counts the fields an operation asks for at its root, through fragments too. */
const maxRootFieldsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const count = (selectionSet: SelectionSetNode, seen: Set<string>): number => {
    let fields = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        fields += selection.name.value.startsWith('__') ? 0 : 1;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fields += count(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        // A fragment cycle is reported by graphql-js' own rule; count each fragment once.
        seen.add(selection.name.value);
        const fragment = context.getFragment(selection.name.value);
        if (fragment) fields += count(fragment.selectionSet, seen);
      }
    }
    return fields;
  };
  return {
    OperationDefinition(operation) {
      const found = count(operation.selectionSet, new Set());
      if (found > QUERY_LIMITS.rootFields) context.reportError(limitError('rootFields', found));
    },
  };
};

/** Selections graphql-js compares as one set: inline fragments merge into their parent. */
function mergedSelections(selectionSet: SelectionSetNode): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    count += selection.kind === Kind.INLINE_FRAGMENT ? mergedSelections(selection.selectionSet) : 1;
  }
  return count;
}

const maxSelectionsRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  SelectionSet(node, _key, parent) {
    // An inline fragment's own set was already counted with its parent's.
    if ((parent as { kind?: string } | undefined)?.kind === Kind.INLINE_FRAGMENT) return;
    const found = mergedSelections(node);
    if (found > QUERY_LIMITS.selections) context.reportError(limitError('selections', found));
  },
});

const maxFragmentsRule: ValidationRule = (context: ValidationContext): ASTVisitor => ({
  Document(node) {
    const found = node.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).length;
    if (found > QUERY_LIMITS.fragments) context.reportError(limitError('fragments', found));
  },
});

const queryLimitRules: ValidationRule[] = [
  maxFragmentsRule,
  maxSelectionsRule,
  maxAliasesRule(armor('aliases')),
  maxDepthRule({ ...armor('depth'), ignoreIntrospection: true }),
  maxDirectivesRule(armor('directives')),
  maxRootFieldsRule,
];

/** A document's limit errors, or the parse error when it cannot be read at all. */
export function checkQueryLimits(schema: GraphQLSchema, query: string): readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: QUERY_LIMITS.tokens });
  } catch (error) {
    if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
      return [limitError('tokens')];
    }
    // Not ours to judge: Apollo reports syntax errors in its usual way.
    return [];
  }
  return validate(schema, document, queryLimitRules);
}

// graphql-js words its token-limit error this way (including the typo).
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more that \d+ tokens/;

const queriesOf = (payload: unknown): unknown[] =>
  (Array.isArray(payload) ? payload : [payload]).map(
    (item) => (item as { query?: unknown } | null)?.query,
  );

/**
 * Checks the limits before Apollo sees the request. Inside Apollo they would
 * run beside graphql-js' own validation, whose overlap check costs the
 * square of repeated fields: a 2000-token document of `me { id }` repeated
 * took over a second there, limits or not. Here a refused document costs one
 * bounded parse and a linear walk. Answers already checked are remembered,
 * so the clients' few operations are parsed once, not on every request.
 */
export function registerQueryLimits(server: FastifyInstance, schema: GraphQLSchema): void {
  const checked = new Map<string, readonly GraphQLError[]>();
  server.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql') return;
    const payload = request.method === 'GET' ? request.query : request.body;
    for (const query of queriesOf(payload)) {
      if (typeof query !== 'string') continue;
      let errors = checked.get(query);
      if (!errors) {
        errors = checkQueryLimits(schema, query);
        // Only short documents are remembered: the cache must not become a way to fill memory.
        if (query.length <= 10_000) {
          if (checked.size >= 500) checked.clear();
          checked.set(query, errors);
        }
      }
      if (errors.length > 0) {
        return reply.code(400).send({
          errors: errors.map((error) => ({
            message: error.message,
            extensions: { code: QUERY_TOO_COMPLEX, ...error.extensions },
          })),
        });
      }
    }
  });
}

/** The largest request body the server reads (a contact import sends up to 5 MB of CSV inside it). */
export const BODY_LIMIT_BYTES = 6 * 1_048_576;

/** Fastify's refusals of a body, said the way the API says everything else. */
const HTTP_REFUSALS: Record<string, { message: string; extensions?: Record<string, unknown> }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    message: `The request body is larger than the ${BODY_LIMIT_BYTES / 1_048_576} MB this server reads. Send less in one request.`,
    extensions: { limit: 'bodyBytes', max: BODY_LIMIT_BYTES },
  },
  FST_ERR_CTP_INVALID_JSON_BODY: { message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    message: 'The request body is empty; send a JSON object with a query.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    message: 'Send GraphQL requests as application/json (or a GET with the query in the address).',
  },
};

/**
 * What Fastify refuses on /graphql before Apollo sees the request (a body
 * too large, not JSON, of the wrong type) is answered in the shape every
 * other GraphQL error has, with its HTTP status kept and code BAD_REQUEST,
 * so partners' clients read one format. Other routes and server faults keep
 * Fastify's own handling.
 */
export function registerGraphqlHttpErrors(server: FastifyInstance): void {
  server.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (request.routeOptions.url !== '/graphql' || status >= 500) throw error;
    const known = error.code ? HTTP_REFUSALS[error.code] : undefined;
    return reply.code(status).send({
      errors: [
        {
          message: known?.message ?? error.message,
          extensions: { code: 'BAD_REQUEST', ...known?.extensions },
        },
      ],
    });
  });
}

// graphql-js appends these to validation messages: `Did you mean "companies"?`,
// `Did you mean the enum value "HIRING"?`, `Did you mean to use an inline fragment on "X"?`.
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

// Apollo keeps one parsed document per query text, so each is judged once,
// not on every request a seeker sends.
const introspecting = new WeakMap<DocumentNode, boolean>();

function usesIntrospection(schema: GraphQLSchema, document: DocumentNode): boolean {
  let uses = introspecting.get(document);
  if (uses === undefined) {
    uses = validate(schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
    introspecting.set(document, uses);
  }
  return uses;
}

/**
 * Introspection and "Did you mean" suggestions both hand out the schema,
 * including fields a caller cannot use. With `staff`, only signed-in staff
 * and admins and API keys get them; `on` is for development,
 * `off` hides them from everyone. `__typename` stays allowed: clients need it.
 */
export function schemaExposurePlugin(access: IntrospectionAccess): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue, schema }) {
      const actor = contextValue.actor;
      const role = actor?.kind === 'user' ? actor.role : undefined;
      // Partners build clients from the schema, so keys see it like staff do.
      const trusted = role === 'STAFF' || role === 'ADMIN' || actor?.kind === 'apiKey';
      const reveal = access === 'on' || (access === 'staff' && trusted);
      if (reveal) return;
      return {
        async validationDidStart() {
          return async (errors) => {
            for (const error of errors ?? []) error.message = error.message.replace(SUGGESTION, '');
          };
        },
        async didResolveOperation({ document }) {
          if (usesIntrospection(schema, document)) {
            throw new GraphQLError('Introspection is not available to this caller.', {
              extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
}
