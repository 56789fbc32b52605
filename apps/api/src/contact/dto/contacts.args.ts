import type { ContactSource } from '@rapport/domain';
import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PageArgs } from '../../common/paging.js';
import {
  ContactSharingEnum,
  ContactSortEnum,
  ContactSourceEnum,
  type ContactSharing,
  type ContactSort,
} from '../contact.type.js';

/** The filter the contacts table shows; export takes the same one so it writes exactly those rows. */
@ArgsType()
export class ContactFilterArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, title, email or company name; case and accents ignored.',
  })
  @MaxLength(120)
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only contacts at this company.' })
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'One tag, case ignored.' })
  @MaxLength(40)
  tag?: string | null;

  @Field(() => ContactSourceEnum, {
    nullable: true,
    description: 'Only contacts from this source; any source when left out.',
  })
  source?: ContactSource | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True for only do-not-contact people, false to leave them out; both when left out.',
  })
  doNotContact?: boolean | null;

  @Field(() => ContactSharingEnum, {
    nullable: true,
    description: 'Only contacts with this visibility; everything the caller may see when left out.',
  })
  sharing?: ContactSharing | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Also show archived contacts.' })
  includeArchived: boolean;

  @Field(() => ContactSortEnum, { defaultValue: 'NAME', description: 'The order of the list.' })
  sort: ContactSort;
}

/**
 * The filter plus paging. The two page fields repeat PageArgs' because an
 * args class extends one parent, and the filter is the one export shares.
 */
@ArgsType()
export class ContactsArgs extends ContactFilterArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @MaxLength(500)
  after?: string | null;
}

@ArgsType()
export class CompanyContactsArgs extends PageArgs {}
