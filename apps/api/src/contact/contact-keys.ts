import { nameKey } from '@rapport/domain';

/**
 * The folded text "contains" search runs on: name, title and email, each
 * folded like person matching folds names (case, accents and spacing
 * ignored), joined by a separator no search can span. The company name is
 * searched in its own column so renaming a company is one UPDATE.
 */
export function contactSearchKey(contact: {
  full_name?: string;
  fullName?: string;
  title: string | null;
  email: string | null;
}): string {
  const parts = [
    contact.fullName ?? contact.full_name ?? '',
    contact.title ?? '',
    contact.email ?? '',
  ];
  return parts
    .map((part) => nameKey(part) ?? '')
    .filter((part) => part.length > 0)
    .join(' | ')
    .slice(0, 520);
}

/** What a search box's text becomes before LIKE: folded the same way, wildcards taken literally. */
export function searchPattern(search: string): string | null {
  const folded = nameKey(search);
  if (!folded) return null;
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The search as an FTS5 query for the SQLite trigram index (contacts_search):
 * folded like the columns, then written as one FTS5 string (in double quotes,
 * inner double quotes doubled) so nothing typed is read as FTS5 syntax. The
 * trigram index only finds terms of 3 or more characters; shorter ones give
 * null and the search falls back to LIKE over every row.
 */
export function searchMatch(search: string): string | null {
  const folded = nameKey(search);
  if (!folded || [...folded].length < 3) return null;
  return `"${folded.replace(/"/g, '""')}"`;
}

export function companyKey(name: string | null | undefined): string {
  return name ? (nameKey(name) ?? '').slice(0, 120) : '';
}
