import { getMetadataStorage, validate } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { CompaniesArgs } from '../src/company/dto/companies.args.js';
import { ContactsArgs } from '../src/contact/dto/contacts.args.js';
import { passesQuickChecks } from '../src/graphql/argument-validation.js';
import { createSchema } from '../src/graphql/schema.js';

/**
 * The quick checks must never accept what class-validator refuses: every
 * class with rules, at and around each limit, judged both ways.
 */
describe('argument validation', () => {
  it('accepts with the quick checks only values class-validator accepts', async () => {
    await createSchema();
    const storage = getMetadataStorage() as unknown as {
      validationMetadatas: Map<
        new () => object,
        { propertyName: string; constraints?: unknown[] }[]
      >;
    };
    let compared = 0;
    for (const [target, metadatas] of storage.validationMetadatas) {
      for (const metadata of metadatas) {
        const limit = metadata.constraints?.[0];
        if (typeof limit !== 'number') continue;
        const samples: unknown[] = [
          null,
          undefined,
          limit - 1,
          limit,
          limit + 1,
          'x'.repeat(Math.max(0, limit)),
          'x'.repeat(limit + 1),
          '😀'.repeat(Math.max(0, limit)),
          Array.from({ length: limit }, () => 'a'),
          Array.from({ length: limit + 1 }, () => 'a'),
        ];
        for (const sample of samples) {
          const instance = Object.assign(new target(), { [metadata.propertyName]: sample });
          const errors = await validate(instance, {
            skipMissingProperties: true,
            forbidUnknownValues: false,
          });
          if (passesQuickChecks(instance))
            expect(errors, `${target.name}.${metadata.propertyName}=${String(sample)}`).toEqual([]);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('judges the list arguments without class-validator when they are valid', () => {
    const companies = Object.assign(new CompaniesArgs(), { first: 20, search: 'acme' });
    const contacts = Object.assign(new ContactsArgs(), { first: 100, tag: 'alumni', after: 'x' });
    expect(passesQuickChecks(companies)).toBe(true);
    expect(passesQuickChecks(contacts)).toBe(true);
    expect(passesQuickChecks(Object.assign(new ContactsArgs(), { first: 101 }))).toBe(false);
  });
});
