import {
  GraphQLError,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';

/**
 * What a partner's API key may reach. Users keep their role rules
 * (`@Authorized`); keys are judged only by scope, field by field, before
 * anything runs. Every field a key could reach states its rule, on the field
 * or on its object type, as a GraphQL extension the schema carries:
 *
 * - `@Scope('companies:read')`: keys holding that scope may read it;
 * - `@NotForApiKeys()`: no key, whatever its scopes (sign-in, account
 *   management, writes partners must not make);
 * - `@ScopeOfParent()`: plumbing that has no data of its own (connections,
 *   edges, page info), reachable wherever its parent field was allowed.
 *
 * test/api-scopes.test.ts walks the schema and fails on any field a key can
 * reach that states none of these, so a concept merged later cannot open a
 * field to partners by forgetting to decide.
 */

/** Every scope a key can be given, with what it opens, for the dashboard and the docs. */
export const API_SCOPES = {
  'companies:read': 'Companies: names, websites, industries, offices and hiring status.',
  'contacts:read':
    "The agency's own contacts (hiring managers): names, titles, companies and, unless the person asked not to be contacted, how to reach them. Never a seeker's private contacts.",
  'network:read': 'The referral network: who knows, referred or works with whom.',
  'interviews:read':
    "Informational interviews across the agency: every seeker's asks of and meetings with the agency's contacts, who the seeker is (name and email), and the interview records marked with this scope. Never a seeker's own notes on an ask, nor how to join a meeting; nothing with a seeker's private contact.",
  'webhooks:manage': 'Register, list and deactivate webhook subscriptions made with this key.',
} as const;

export type ApiScope = keyof typeof API_SCOPES;

export const isApiScope = (value: string): value is ApiScope => Object.hasOwn(API_SCOPES, value);

/** The extension key, and what it holds. */
export const API_KEY_ACCESS = 'apiKeyAccess';
export type ApiKeyAccessRule = { scope: ApiScope } | 'none' | 'parent';

export function Scope(scope: ApiScope) {
  return Extensions({ [API_KEY_ACCESS]: { scope } satisfies ApiKeyAccessRule });
}

export function NotForApiKeys() {
  return Extensions({ [API_KEY_ACCESS]: 'none' satisfies ApiKeyAccessRule });
}

export function ScopeOfParent() {
  return Extensions({ [API_KEY_ACCESS]: 'parent' satisfies ApiKeyAccessRule });
}

type ParentType = GraphQLObjectType | GraphQLInterfaceType;

/** The field's own rule, else its type's; undefined when neither says. */
export function accessRuleOfField(
  parent: ParentType,
  field: GraphQLField<unknown, unknown>,
): ApiKeyAccessRule | undefined {
  const own = field.extensions[API_KEY_ACCESS] as ApiKeyAccessRule | undefined;
  return own ?? (parent.extensions[API_KEY_ACCESS] as ApiKeyAccessRule | undefined);
}

/** Whether a key with these scopes passes one field's rule. */
export function ruleAllows(rule: ApiKeyAccessRule | undefined, scopes: readonly string[]): boolean {
  if (rule === undefined || rule === 'none') return false;
  if (rule === 'parent') return true;
  return scopes.includes(rule.scope);
}

export interface RefusedField {
  /** `Type.field` as the schema names it. */
  field: string;
  /** The scope that would open it, or null when no key may have it. */
  needs: string | null;
}

/**
 * Every field of the operation that a key with `scopes` may not read,
 * through fragments and type conditions. Introspection and `__typename` are
 * open to keys (partners generate clients from the schema).
 */
export function fieldsRefusedToKey(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  scopes: readonly string[],
): RefusedField[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const refused = new Map<string, RefusedField>();
  const seen = new Set<string>();

  const walk = (type: GraphQLNamedType, selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (!isObjectType(type) && !('getFields' in type)) continue;
        const parent = type as ParentType;
        const field = parent.getFields()[name];
        if (!field) continue; // validation reports unknown fields
        const rule = accessRuleOfField(parent, field);
        if (!ruleAllows(rule, scopes)) {
          const label = `${parent.name}.${name}`;
          refused.set(label, {
            field: label,
            needs: rule && typeof rule === 'object' ? rule.scope : null,
          });
          continue;
        }
        const named = getNamedType(field.type);
        if (selection.selectionSet && !isLeafType(named)) walk(named, selection.selectionSet);
      } else {
        const condition =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.typeCondition
            : fragments.get(selection.name.value)?.typeCondition;
        const set =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : fragments.get(selection.name.value)?.selectionSet;
        if (!set) continue;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          // Judge each fragment once per parent type; a cycle is a validation error anyway.
          const visit = `${type.name}:${selection.name.value}`;
          if (seen.has(visit)) continue;
          seen.add(visit);
        }
        const narrowed = condition ? schema.getType(condition.name.value) : type;
        if (narrowed && (isObjectType(narrowed) || isAbstractType(narrowed))) walk(narrowed, set);
      }
    }
  };

  const root = schema.getRootType(operation.operation);
  if (root) walk(root, operation.selectionSet);
  return [...refused.values()];
}

/** The error a key gets for an operation that reaches beyond its scopes; nothing has run. */
export function scopeError(refused: readonly RefusedField[]): GraphQLError {
  const described = refused
    .map(({ field, needs }) =>
      needs ? `${field} (needs ${needs})` : `${field} (not available to API keys)`,
    )
    .join(', ');
  return new GraphQLError(`This API key may not read ${described}.`, {
    extensions: { code: 'FORBIDDEN', fields: refused, http: { status: 403 } },
  });
}
