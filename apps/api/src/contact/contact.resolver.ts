import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { CompanyEntity } from '../company/company.entity.js';
import { CompanyType } from '../company/company.type.js';
import type { Context } from '../graphql/context.js';
import { Scope } from '../graphql/scope.js';
import { ContactEntity } from './contact.entity.js';
import { ContactType } from './contact.type.js';

@Resolver(() => ContactType)
export class ContactResolver {
  @Authorized()
  @Scope('contacts:read')
  @Query(() => ContactType, {
    description:
      "One contact: an agency contact, or one of the signed-in seeker's own. Any signed-in user; API keys with contacts:read (agency contacts only).",
  })
  contact(
    @Arg('id', () => ID, { description: 'Its id, as the API gave it.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity> {
    return ctx.services.contacts.get(actor, fromGlobalId(id, 'Contact'));
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() contact: ContactEntity): string {
    return toGlobalId('Contact', contact.id);
  }

  @FieldResolver(() => CompanyType, { nullable: true, description: 'Where they work.' })
  company(
    @Root() contact: ContactEntity,
    @Ctx() ctx: Context,
  ): Promise<CompanyEntity | null> | null {
    return contact.companyId ? ctx.loaders.companyById.load(contact.companyId) : null;
  }
}
