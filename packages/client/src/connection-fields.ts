/**
 * Fields that are Relay connections, each with the arguments that tell one
 * list from another (a search, a filter): root Query fields by name, fields
 * of other types as "Type.field" (a contact's timeline: "Contact.timeline"). The cache merges the
 * pages "Load more" fetches into one list only for the fields named here; a
 * paged field left out makes every new page replace the one before.
 */
export type ConnectionFields = Readonly<Record<string, readonly string[]>>;

/**
 * One app's connection fields, gathered from the `…-paging.ts` files its
 * features keep beside their operations. Two features may list the same
 * field, but only with the same arguments: otherwise one of them would page
 * wrongly, so that stops the app at start instead.
 */
export function collectConnectionFields(...groups: readonly ConnectionFields[]): ConnectionFields {
  const collected: Record<string, readonly string[]> = {};
  for (const group of groups) {
    for (const [field, keyArgs] of Object.entries(group)) {
      const earlier = collected[field];
      if (earlier && [...earlier].sort().join() !== [...keyArgs].sort().join()) {
        throw new Error(
          `The paged field "${field}" is registered twice with different arguments: ` +
            `[${earlier.join(', ')}] and [${keyArgs.join(', ')}].`,
        );
      }
      collected[field] = keyArgs;
    }
  }
  return collected;
}
