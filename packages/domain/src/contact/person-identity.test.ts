import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emailKey,
  findImportDuplicates,
  indexPeople,
  type KnownPerson,
  matchPerson,
  nameKey,
  personIdFor,
  personKeys,
} from './person-identity.js';

function known(
  contactId: string,
  personId: string,
  facts: Partial<Omit<KnownPerson, 'contactId' | 'personId'>> = {},
): KnownPerson {
  return { contactId, personId, name: 'Dana Lee', email: null, companyId: 'acme', ...facts };
}

describe('emailKey', () => {
  it('folds case, compatibility forms and surrounding space', () => {
    expect(emailKey('  Dana.Lee@ACME.com ')).toBe('dana.lee@acme.com');
    expect(emailKey('ｄａｎａ@acme.com')).toBe('dana@acme.com');
  });

  it('keeps dots and plus tags, and treats blank as none', () => {
    expect(emailKey('dana+jobs@acme.com')).not.toBe(emailKey('dana@acme.com'));
    expect(emailKey('  ')).toBeNull();
    expect(emailKey(null)).toBeNull();
    expect(emailKey(undefined)).toBeNull();
  });
});

describe('nameKey', () => {
  it('ignores accents, case and spacing', () => {
    expect(nameKey('  José   Núñez ')).toBe('jose nunez');
    expect(nameKey('JOSE NUNEZ')).toBe('jose nunez');
    // Precomposed and decomposed accents are the same name.
    expect(nameKey('Zoe\u0301')).toBe(nameKey('Zoé'));
    expect(nameKey('Strauß')).toBe('strauss');
    expect(nameKey('Ｄａｎａ')).toBe('dana');
  });

  it('has no key for a blank name', () => {
    expect(nameKey(' \t ')).toBeNull();
  });
});

describe('personKeys', () => {
  it('needs a company for a name key', () => {
    expect(personKeys({ name: 'Dana', email: null, companyId: null })).toEqual({
      email: null,
      nameAtCompany: null,
    });
    expect(personKeys({ name: 'Dana', email: 'D@x.io', companyId: 'acme' })).toEqual({
      email: 'd@x.io',
      nameAtCompany: 'acme\u0000dana',
    });
  });
});

describe('matchPerson', () => {
  const agencyDana = known('c-agency', 'p-dana', { email: 'dana@acme.com' });
  const sam = known('c-sam', 'p-sam', { name: 'Sam Roe', email: 'sam@acme.com' });

  it('matches the same email whatever the name or company', () => {
    expect(
      matchPerson({ name: 'D. Lee', email: 'DANA@acme.com', companyId: null }, [sam, agencyDana]),
    ).toEqual({ personId: 'p-dana', contactId: 'c-agency', by: 'EMAIL' });
  });

  it('matches the same name at the same company, accents and case ignored', () => {
    expect(
      matchPerson({ name: 'dana  LEE', email: 'dana.lee@gmail.com', companyId: 'acme' }, [
        agencyDana,
      ]),
    ).toEqual({ personId: 'p-dana', contactId: 'c-agency', by: 'NAME_AT_COMPANY' });
    const jose = known('c-jose', 'p-jose', { name: 'José Núñez' });
    expect(
      matchPerson({ name: 'Jose Nunez', email: null, companyId: 'acme' }, [jose])?.personId,
    ).toBe('p-jose');
  });

  it('does not match a name at another company or without one', () => {
    expect(
      matchPerson({ name: 'Dana Lee', email: null, companyId: 'globex' }, [agencyDana]),
    ).toBeNull();
    expect(
      matchPerson({ name: 'Dana Lee', email: null, companyId: null }, [agencyDana]),
    ).toBeNull();
    const companyless = known('c-free', 'p-free', { companyId: null });
    expect(
      matchPerson({ name: 'Dana Lee', email: null, companyId: null }, [companyless]),
    ).toBeNull();
  });

  it('lets an email match win over a name match of someone else', () => {
    // The candidate is named like Dana but has Sam's address: the address decides.
    expect(
      matchPerson({ name: 'Dana Lee', email: 'sam@acme.com', companyId: 'acme' }, [
        agencyDana,
        sam,
      ]),
    ).toMatchObject({ personId: 'p-sam', by: 'EMAIL' });
  });

  it('breaks ties by person id, then row id, whatever the order of rows', () => {
    const rows = [
      known('c-2', 'p-b', { email: 'x@acme.com' }),
      known('c-3', 'p-a', { email: 'x@acme.com' }),
      known('c-1', 'p-a', { email: 'x@acme.com' }),
    ];
    const candidate = { name: 'X', email: 'x@acme.com', companyId: null };
    expect(matchPerson(candidate, rows)).toMatchObject({ personId: 'p-a', contactId: 'c-1' });
    expect(matchPerson(candidate, [...rows].reverse())).toMatchObject({ contactId: 'c-1' });
  });

  it('accepts a prebuilt index', () => {
    const index = indexPeople([agencyDana]);
    expect(matchPerson({ name: 'Nobody', email: null, companyId: 'acme' }, index)).toBeNull();
    expect(matchPerson({ name: 'Dana Lee', email: null, companyId: 'acme' }, index)?.by).toBe(
      'NAME_AT_COMPANY',
    );
  });

  it('property: matching ignores case, accents and spacing of the name', () => {
    const letters = fc.constantFrom('a', 'e', 'o', 'n', 'é', 'Ö', 'ñ', 'B', ' ');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 12 }), (chars) => {
        const name = chars.join('');
        fc.pre(nameKey(name) !== null);
        const variant = `  ${name.toUpperCase().normalize('NFD').replace(/ /g, '   ')} `;
        const person = known('c', 'p', { name });
        expect(
          matchPerson({ name: variant, email: null, companyId: 'acme' }, [person]),
        ).not.toBeNull();
      }),
    );
  });
});

describe('personIdFor', () => {
  it('links to the matched person or starts a new one named by the row', () => {
    const existing = [known('c-agency', 'p-dana', { email: 'dana@acme.com' })];
    expect(
      personIdFor('c-new', { name: 'Dana', email: 'dana@acme.com', companyId: null }, existing),
    ).toBe('p-dana');
    expect(personIdFor('c-new', { name: 'Kim', email: null, companyId: 'acme' }, existing)).toBe(
      'c-new',
    );
  });
});

describe('findImportDuplicates', () => {
  it('reports rows matching existing people and rows repeating earlier rows', () => {
    const existing = [known('c-agency', 'p-dana', { email: 'dana@acme.com' })];
    const rows = [
      { name: 'Dana Lee', email: null, companyId: 'acme' }, // existing, by name
      { name: 'Sam Roe', email: 'SAM@acme.com', companyId: 'acme' },
      { name: 'Samuel Roe', email: 'sam@acme.com', companyId: null }, // row 1, by email
      { name: 'Kim Park', email: null, companyId: 'globex' },
      { name: 'kim  park', email: null, companyId: 'globex' }, // row 3, by name
      { name: 'Dana Lee', email: 'dana@acme.com', companyId: 'acme' }, // existing, by email
      { name: 'Kim Park', email: null, companyId: 'initech' },
    ];
    expect(findImportDuplicates(rows, existing)).toEqual([
      { row: 0, existing: { personId: 'p-dana', contactId: 'c-agency', by: 'NAME_AT_COMPANY' } },
      { row: 2, sameAsRow: 1, by: 'EMAIL' },
      { row: 4, sameAsRow: 3, by: 'NAME_AT_COMPANY' },
      { row: 5, existing: { personId: 'p-dana', contactId: 'c-agency', by: 'EMAIL' } },
    ]);
  });

  it('accepts a prebuilt index and reports nothing for distinct rows', () => {
    expect(
      findImportDuplicates(
        [
          { name: 'A', email: null, companyId: null },
          { name: 'A', email: null, companyId: null },
        ],
        indexPeople([]),
      ),
    ).toEqual([]);
  });
});
