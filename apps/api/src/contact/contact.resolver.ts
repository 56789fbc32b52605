import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import { isAgency, type Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { CompanyEntity } from '../company/company.entity.js';
import { companyIdsOf } from '../company/company.loaders.js';
import { CompanyType } from '../company/company.type.js';
import type { Context } from '../graphql/context.js';
import { Preload, preloadConnection } from '../graphql/preload.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import {
  ContactImportPreviewType,
  ContactImportResultType,
  ImportColumnInput,
  ImportDecisionInput,
  ImportRowType,
} from './contact-import.type.js';
import { ContactEntity } from './contact.entity.js';
import { ContactConnection, ContactType } from './contact.type.js';
import { ContactInput } from './dto/contact.input.js';
import { CompanyContactsArgs, ContactFilterArgs, ContactsArgs } from './dto/contacts.args.js';

@Resolver(() => ContactType)
export class ContactResolver {
  @Authorized()
  @Scope('contacts:read')
  @Query(() => ContactType, {
    description:
      'One contact: staff see agency contacts; a seeker sees shared agency contacts and their own. Any signed-in user.',
  })
  contact(
    @Arg('id', () => ID, { description: "The contact's id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity> {
    return ctx.services.contacts.get(actor, fromGlobalId(id, 'Contact'));
  }

  @Authorized()
  @Scope('contacts:read')
  @Query(() => ContactConnection, {
    description:
      "Contacts with search, filters and sort. Staff: the agency's contacts. Seekers: agency contacts shared with seekers plus their own private ones. Any signed-in user.",
  })
  async contacts(
    @Args(() => ContactsArgs) args: ContactsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return preloadConnection(info, ctx, await ctx.services.contacts.list(actor, args));
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Query(() => String, {
    description:
      'CSV of exactly the contacts the same filter lists, in the same order; cells that could run as spreadsheet formulas are neutralised. Staff only.',
  })
  exportContacts(
    @Args(() => ContactFilterArgs) args: ContactFilterArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.exportCsv(actor, args);
  }

  @Authorized()
  @NotForApiKeys()
  @Mutation(() => ContactType, {
    description:
      'Adds a contact. Staff add an agency contact; a seeker adds a private one (source SEEKER), linked to the same person when one is already known. Any signed-in user.',
  })
  createContact(
    @Arg('input', () => ContactInput, { description: "The new contact's details." })
    input: ContactInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.create(actor, input, ctx.services.now());
  }

  @Authorized()
  @NotForApiKeys()
  @Mutation(() => ContactType, {
    description:
      'Edits a contact: staff edit agency contacts, a seeker their own. Any signed-in user.',
  })
  updateContact(
    @Arg('id', () => ID, { description: 'The contact to edit.' }) id: string,
    @Arg('input', () => ContactInput, {
      description: "The contact's details as they should be after the edit.",
    })
    input: ContactInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.update(
      actor,
      fromGlobalId(id, 'Contact'),
      input,
      ctx.services.now(),
    );
  }

  @Authorized()
  @NotForApiKeys()
  @Mutation(() => ContactType, {
    description:
      'Archives a contact (hidden from lists unless asked for). Staff for agency contacts, a seeker for their own.',
  })
  archiveContact(
    @Arg('id', () => ID, { description: 'The contact to archive.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.archive(actor, fromGlobalId(id, 'Contact'), ctx.services.now());
  }

  @Authorized()
  @NotForApiKeys()
  @Mutation(() => ContactType, {
    description:
      'Brings an archived contact back. Staff for agency contacts, a seeker for their own.',
  })
  restoreContact(
    @Arg('id', () => ID, { description: 'The archived contact to bring back.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.restore(actor, fromGlobalId(id, 'Contact'), ctx.services.now());
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ContactType, {
    description:
      'Marks the person do-not-contact (a reason is required) or clears it, on every record of them. Staff only.',
  })
  setDoNotContact(
    @Arg('id', () => ID, { description: 'Any record of the person.' }) id: string,
    @Arg('doNotContact', () => Boolean, {
      description: 'True to mark the person do-not-contact, false to clear it.',
    })
    doNotContact: boolean,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Why, up to 300 characters; required when marking, dropped when clearing.',
    })
    reason: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.setDoNotContact(
      actor,
      fromGlobalId(id, 'Contact'),
      doNotContact,
      reason,
      ctx.services.now(),
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ContactType, {
    description:
      'Merges two agency records of one person: asks and everything else move to the survivor; the duplicate is kept archived as merged. Staff only.',
  })
  mergeContacts(
    @Arg('survivorId', () => ID, { description: 'The record that stays and is returned.' })
    survivorId: string,
    @Arg('duplicateId', () => ID, {
      description: 'The record merged away; it is kept archived, pointing at the survivor.',
    })
    duplicateId: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.merge(
      actor,
      fromGlobalId(survivorId, 'Contact'),
      fromGlobalId(duplicateId, 'Contact'),
      ctx.services.now(),
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ContactImportPreviewType, {
    description:
      'Reads a CSV and shows, row by row, what importing it would do (errors, duplicates, new companies) without writing anything. At most 5 MB and 20,000 rows. Staff only.',
  })
  previewContactImport(
    @Arg('csv', () => String, { description: "The file's text; the first line holds the headers." })
    csv: string,
    @Arg('mapping', () => [ImportColumnInput], {
      nullable: true,
      description: 'Which field each column fills; guessed from the headers when left out.',
    })
    mapping: ImportColumnInput[] | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contactImport.preview(actor, csv, mapping);
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ContactImportResultType, {
    description:
      'Imports a CSV as decided per row, all or nothing in one transaction. Rows with errors must be skipped; duplicates need a decision. Staff only.',
  })
  importContacts(
    @Arg('csv', () => String, { description: 'The same file text that was previewed.' })
    csv: string,
    @Arg('mapping', () => [ImportColumnInput], {
      description: "Which field each column fills, usually the preview's mapping.",
    })
    mapping: ImportColumnInput[],
    @Arg('decisions', () => [ImportDecisionInput], {
      description:
        'The choice per row by line: rows with errors must be skipped, duplicates need a choice, and any other row left out is created.',
    })
    decisions: ImportDecisionInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contactImport.commit(actor, csv, mapping, decisions, ctx.services.now());
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() contact: ContactEntity): string {
    return toGlobalId('Contact', contact.id);
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'Where they work.' })
  @Preload<ContactEntity>((rows, ctx) => ctx.loaders.companyById.preload(companyIdsOf(rows)))
  company(
    @Root() contact: ContactEntity,
    @Ctx() ctx: Context,
  ): CompanyEntity | null | Promise<CompanyEntity | null> {
    return contact.companyId ? ctx.loaders.companyById.get(contact.companyId) : null;
  }

  @NotForApiKeys()
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why the person is do-not-contact. Staff see the reason; seekers see a general sentence, never the reason. Null when they may be contacted.',
  })
  doNotContactReason(@Root() contact: ContactEntity, @CurrentActor() actor: Actor): string | null {
    if (!contact.doNotContact) return null;
    if (isAgency(actor)) return contact.doNotContactReason;
    return 'The agency has asked that this person not be contacted.';
  }
}

@Resolver(() => CompanyType)
export class CompanyContactsResolver {
  @Scope('contacts:read')
  @FieldResolver(() => ContactConnection, {
    description: 'Contacts at this company, by name, under the same visibility as `contacts`.',
  })
  contacts(
    @Root() company: CompanyEntity,
    @Args(() => CompanyContactsArgs) args: CompanyContactsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.contacts.listForCompany(actor, company.id, args);
  }
}

@Resolver(() => ImportRowType)
export class ImportRowResolver {
  @FieldResolver(() => ContactType, {
    nullable: true,
    description: 'The agency contact this row is the same person as, when there is one.',
  })
  duplicate(@Root() row: ImportRowType, @Ctx() ctx: Context): Promise<ContactEntity | null> | null {
    return row.duplicateContactId ? ctx.loaders.contactById.load(row.duplicateContactId) : null;
  }
}
