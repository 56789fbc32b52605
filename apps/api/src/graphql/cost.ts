import {
  getNamedType,
  getNullableType,
  isAbstractType,
  isLeafType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { DEFAULT_PAGE_SIZE } from '../common/paging.js';

/**
 * The price of a query, worked out from the document and its variables
 * before anything runs, and again from the answer once it has:
 *
 * - a field that returns an object costs 1, plus what is selected inside it;
 * - a connection (a field with a `first` argument) costs 2, plus `first`
 *   times the cost of one item (the edge, its node and what is selected in
 *   the node); `pageInfo` and `totalCount` come with the 2;
 * - a field declared with `@Cost(n)` (a path search, an aggregate) costs
 *   exactly n, whatever is selected inside it;
 * - scalars and enums are free; so is introspection (`__schema` costs 1).
 *
 * A list of objects without `first` counts as UNPAGED_LIST_SIZE items: no
 * such list exists today, and a concept adding one must either page it or
 * declare a cost. The "actual" cost uses the same rules with the number of
 * items the answer really holds, so a page shorter than `first` is refunded.
 */
export const UNPAGED_LIST_SIZE = 10;
export const COST_EXTENSION = 'cost';

/** Declares a fixed cost for an expensive field (a path search, a graph walk). */
export function Cost(points: number) {
  return Extensions({ [COST_EXTENSION]: points });
}

type ObjectLike = { name: string; getFields(): Record<string, GraphQLField<unknown, unknown>> };

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function argumentValue(
  walk: Walk,
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  name: string,
) {
  const definition = field.args.find((arg) => arg.name === name);
  if (!definition) return undefined;
  const given = node.arguments?.find((arg) => arg.name.value === name);
  if (!given) return definition.defaultValue;
  return valueFromAST(given.value, definition.type, walk.variables);
}

/** The items the answer holds at this connection, when one is given. */
function itemsIn(value: unknown): number | null {
  if (value === null || typeof value !== 'object') return null;
  for (const inner of Object.values(value)) if (Array.isArray(inner)) return inner.length;
  return 0;
}

function selectionCost(
  walk: Walk,
  type: GraphQLNamedType,
  selectionSet: SelectionSetNode,
  data: unknown,
  perItem: boolean,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!('getFields' in type)) continue;
      const field = (type as ObjectLike).getFields()[selection.name.value];
      if (!field) continue;
      const key = selection.alias?.value ?? selection.name.value;
      const value =
        data === undefined ? undefined : ((data as Record<string, unknown> | null)?.[key] ?? null);
      if (perItem) {
        // In a connection, the list fields (edges, nodes) are priced for one item; the rest is in the 2.
        if (!isListType(getNullableType(field.type)) || !selection.selectionSet) continue;
        total +=
          1 +
          selectionCost(walk, getNamedType(field.type), selection.selectionSet, undefined, false);
        continue;
      }
      total += fieldCost(walk, selection, field, value);
    } else {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection
          : walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const narrowed = fragment.typeCondition
        ? walk.schema.getType(fragment.typeCondition.name.value)
        : type;
      if (!narrowed) continue;
      total += selectionCost(walk, narrowed, fragment.selectionSet, data, perItem);
    }
  }
  return total;
}

function fieldCost(
  walk: Walk,
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  data: unknown,
): number {
  if (node.name.value.startsWith('__')) return node.name.value === '__typename' ? 0 : 1;
  const fixed = field.extensions[COST_EXTENSION];
  if (typeof fixed === 'number') return fixed;
  const named = getNamedType(field.type);
  const selectionSet = node.selectionSet;
  if (isLeafType(named) || !selectionSet) return 0;
  if (data === null) return 1; // nothing came back under it

  const first = argumentValue(walk, node, field, 'first');
  if (field.args.some((arg) => arg.name === 'first')) {
    const asked = typeof first === 'number' ? first : DEFAULT_PAGE_SIZE;
    const items = data === undefined ? asked : Math.min(asked, itemsIn(data) ?? 0);
    // One item: the edge (or node) list entries, each an object with what is selected inside.
    const item = selectionCost(walk, named, node.selectionSet, undefined, true);
    return 2 + Math.max(0, items) * item;
  }
  if (isListType(getNullableType(field.type)) || Array.isArray(data)) {
    const items = Array.isArray(data) ? data : null;
    const count = items ? items.length : UNPAGED_LIST_SIZE;
    if (!items)
      return count * (1 + selectionCost(walk, named, node.selectionSet, undefined, false));
    return items.reduce<number>(
      (sum, item) =>
        sum + (item === null ? 0 : 1 + selectionCost(walk, named, selectionSet, item, false)),
      0,
    );
  }
  if (!isObjectType(named) && !isAbstractType(named)) return 0;
  return 1 + selectionCost(walk, named, node.selectionSet, data, false);
}

/**
 * The cost of `operation`. Without `data` it is the price asked before
 * running (every connection full); with the answer's `data`, what was really
 * fetched.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  data?: Record<string, unknown> | null,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = { schema, fragments, variables: variables ?? {} };
  if (data === null) return 0;
  return selectionCost(walk, root, operation.selectionSet, data, false);
}

/** The largest `first` any connection in the operation asks for, to refuse pages over the maximum before running. */
export function largestPageAsked(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema, fragments, variables: variables ?? {} };
  let largest = 0;
  const visit = (type: GraphQLNamedType, selectionSet: SelectionSetNode, depth: number): void => {
    if (depth > 50) return;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!('getFields' in type)) continue;
        const field = (type as ObjectLike).getFields()[selection.name.value];
        if (!field) continue;
        const first = argumentValue(walk, selection, field, 'first');
        if (typeof first === 'number') largest = Math.max(largest, first);
        if (selection.selectionSet)
          visit(getNamedType(field.type), selection.selectionSet, depth + 1);
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const narrowed = fragment.typeCondition
          ? schema.getType(fragment.typeCondition.name.value)
          : type;
        if (narrowed) visit(narrowed, fragment.selectionSet, depth + 1);
      }
    }
  };
  const root = schema.getRootType(operation.operation);
  if (root) visit(root, operation.selectionSet, 0);
  return largest;
}

/** What the cost rules say about an operation before it runs. */
export interface Price {
  /** queryCost without data: every connection full. */
  requested: number;
  /** largestPageAsked. */
  largestPage: number;
}

/** Prices per parsed document (Apollo keeps one per query text), then per operation and variables. */
const prices = new WeakMap<DocumentNode, Map<string, Price>>();
/** A bound on the prices kept per document: each set of variables adds one. */
const PRICES_PER_DOCUMENT = 200;
const MAX_KEY_LENGTH = 2_000;

/**
 * The price of an operation before it runs, worked out once per document,
 * operation and variables: the clients send the same few documents with the
 * same few variables, and the walk was repeated on every request.
 */
export function priceOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): Price {
  const work = (): Price => ({
    requested: queryCost(schema, document, operation, variables),
    largestPage: largestPageAsked(schema, document, operation, variables),
  });
  const key = `${operation.name?.value ?? ''} ${JSON.stringify(variables ?? {})}`;
  // Large variables (a CSV import) are priced afresh rather than kept.
  if (key.length > MAX_KEY_LENGTH) return work();
  let byRequest = prices.get(document);
  if (!byRequest) {
    byRequest = new Map();
    prices.set(document, byRequest);
  }
  let price = byRequest.get(key);
  if (!price) {
    price = work();
    if (byRequest.size >= PRICES_PER_DOCUMENT) byRequest.clear();
    byRequest.set(key, price);
  }
  return price;
}
