import { compareText } from '../text.js';

/**
 * One person can have several contact rows: the agency's record, a seeker's
 * private copy, a contact made from a referral. The ask rules (ask once, the
 * agency throttle, do-not-contact) are about the person, so every contact row
 * carries a `personId` and the rules key on it, never on the row id.
 *
 * A row that matches nobody is a new person; by convention its person id is
 * its own row id, so the API needs no second id generator.
 */
export interface PersonFacts {
  name: string;
  email: string | null;
  companyId: string | null;
}

/** A contact row already linked to a person. */
export interface KnownPerson extends PersonFacts {
  contactId: string;
  personId: string;
}

export const PERSON_MATCH_KINDS = ['EMAIL', 'NAME_AT_COMPANY'] as const;
export type PersonMatchKind = (typeof PERSON_MATCH_KINDS)[number];

export interface PersonMatch {
  personId: string;
  /** The existing row that matched, so the UI can show what it was linked to. */
  contactId: string;
  /** Why: staff can undo a wrong name match, which is the weaker evidence. */
  by: PersonMatchKind;
}

/**
 * Emails are compared after NFKC (so full-width and compatibility forms
 * fold to plain letters), trimming and lower-casing. Dots and "+tags" are
 * kept: they mean different mailboxes at most providers.
 */
export function emailKey(email: string | null | undefined): string | null {
  const key = email?.normalize('NFKC').trim().toLowerCase() ?? '';
  return key.length === 0 ? null : key;
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Names are compared with accents, case and spacing ignored: "José  Núñez"
 * and "jose nunez" are the same key. NFKD splits accented letters into a
 * base letter and combining marks (which are dropped) and folds ligatures;
 * upper- then lower-casing folds "ß" to "ss" as full case folding would.
 * Letters with no decomposition (ø, ł) stay as they are.
 */
export function nameKey(name: string): string | null {
  const key = name
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toUpperCase()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  return key.length === 0 ? null : key;
}

/** The keys a person is found by; null when that way of matching does not apply. */
export function personKeys(facts: PersonFacts): {
  email: string | null;
  nameAtCompany: string | null;
} {
  const name = nameKey(facts.name);
  return {
    email: emailKey(facts.email),
    // A name alone is too common to identify anyone; it needs the company too.
    nameAtCompany:
      name !== null && facts.companyId !== null ? `${facts.companyId}\u0000${name}` : null,
  };
}

/**
 * Lookup tables over known people, built once so that matching many
 * candidates (a CSV import of thousands of rows) costs one pass over the
 * existing contacts plus a constant per candidate.
 */
export interface PersonIndex {
  readonly byEmail: ReadonlyMap<string, KnownPerson>;
  readonly byNameAtCompany: ReadonlyMap<string, KnownPerson>;
}

/**
 * When several rows share a key (a person already split in two, or two
 * records that should have been linked), the one with the smallest person
 * id, then row id, wins, so the answer never depends on the order rows came
 * from the database.
 */
function preferred(a: KnownPerson | undefined, b: KnownPerson): KnownPerson {
  if (!a) return b;
  const order = compareText(a.personId, b.personId) || compareText(a.contactId, b.contactId);
  return order <= 0 ? a : b;
}

export function indexPeople(existing: readonly KnownPerson[]): PersonIndex {
  const byEmail = new Map<string, KnownPerson>();
  const byNameAtCompany = new Map<string, KnownPerson>();
  for (const person of existing) {
    const keys = personKeys(person);
    if (keys.email !== null) byEmail.set(keys.email, preferred(byEmail.get(keys.email), person));
    if (keys.nameAtCompany !== null) {
      byNameAtCompany.set(
        keys.nameAtCompany,
        preferred(byNameAtCompany.get(keys.nameAtCompany), person),
      );
    }
  }
  return { byEmail, byNameAtCompany };
}

function isIndex(existing: readonly KnownPerson[] | PersonIndex): existing is PersonIndex {
  return !Array.isArray(existing);
}

/**
 * Which known person a new or edited contact is. The same email is the
 * stronger evidence and wins over a name match, even when the name points
 * at somebody else; the same name counts only at the same company. A
 * different email does not veto a name match: a seeker's copy often has a
 * personal address, and letting it through would reopen the way around
 * ask-once. Returns null for a new person.
 */
export function matchPerson(
  candidate: PersonFacts,
  existing: readonly KnownPerson[] | PersonIndex,
): PersonMatch | null {
  const index = isIndex(existing) ? existing : indexPeople(existing);
  const keys = personKeys(candidate);
  const byEmail = keys.email === null ? undefined : index.byEmail.get(keys.email);
  if (byEmail) return { personId: byEmail.personId, contactId: byEmail.contactId, by: 'EMAIL' };
  const byName =
    keys.nameAtCompany === null ? undefined : index.byNameAtCompany.get(keys.nameAtCompany);
  if (byName) {
    return { personId: byName.personId, contactId: byName.contactId, by: 'NAME_AT_COMPANY' };
  }
  return null;
}

/** The person a contact row belongs to: the matched person, or itself as a new one. */
export function personIdFor(
  contactId: string,
  candidate: PersonFacts,
  existing: readonly KnownPerson[] | PersonIndex,
): string {
  return matchPerson(candidate, existing)?.personId ?? contactId;
}

export type ImportDuplicate =
  { row: number; existing: PersonMatch } | { row: number; sameAsRow: number; by: PersonMatchKind };

/**
 * Duplicate detection for a CSV import, by the same rule as matchPerson:
 * each row is compared with the existing contacts and with the rows above
 * it in the file. A row that matches an existing person is reported as
 * such even if an earlier row matched it too. Linear in rows + existing.
 */
export function findImportDuplicates(
  rows: readonly PersonFacts[],
  existing: readonly KnownPerson[] | PersonIndex,
): ImportDuplicate[] {
  const index = isIndex(existing) ? existing : indexPeople(existing);
  const firstRowByEmail = new Map<string, number>();
  const firstRowByName = new Map<string, number>();
  const duplicates: ImportDuplicate[] = [];
  rows.forEach((facts, row) => {
    const match = matchPerson(facts, index);
    const keys = personKeys(facts);
    const earlierByEmail = keys.email === null ? undefined : firstRowByEmail.get(keys.email);
    const earlierByName =
      keys.nameAtCompany === null ? undefined : firstRowByName.get(keys.nameAtCompany);
    if (match) duplicates.push({ row, existing: match });
    else if (earlierByEmail !== undefined)
      duplicates.push({ row, sameAsRow: earlierByEmail, by: 'EMAIL' });
    else if (earlierByName !== undefined)
      duplicates.push({ row, sameAsRow: earlierByName, by: 'NAME_AT_COMPANY' });
    if (keys.email !== null && !firstRowByEmail.has(keys.email))
      firstRowByEmail.set(keys.email, row);
    if (keys.nameAtCompany !== null && !firstRowByName.has(keys.nameAtCompany)) {
      firstRowByName.set(keys.nameAtCompany, row);
    }
  });
  return duplicates;
}
