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

export function companyKey(name: string | null | undefined): string {
  return name ? (nameKey(name) ?? '').slice(0, 120) : '';
}
