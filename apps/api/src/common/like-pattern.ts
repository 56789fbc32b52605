/**
 * A "contains" pattern for LIKE … ESCAPE '\', any case: LIKE treats % and _
 * as wildcards, and a search for "50%" means the characters.
 */
export function likePattern(search: string): string {
  return `%${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
