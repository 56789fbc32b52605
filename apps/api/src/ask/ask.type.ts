import {
  ASK_CHANNELS,
  REQUEST_STATUSES,
  SUGGESTION_REASONS,
  type AskChannel,
  type RequestStatus,
  type SuggestionReason,
} from '@rapport/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Lazy } from '../graphql/lazy.js';
import { connectionTypes } from '../common/paging.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type { RowsFit } from '../common/rows-fit.js';
import type { ContactEntity } from '../contact/contact.entity.js';
import { ContactType } from '../contact/contact.type.js';
import type { AskEntity, AskStatusChangeEntity } from './ask.entity.js';

export const AskChannelEnum = Object.fromEntries(ASK_CHANNELS.map((c) => [c, c])) as {
  [C in AskChannel]: C;
};
registerEnumType(AskChannelEnum, {
  name: 'AskChannel',
  description: 'How the seeker asked: by phone, email, in person or through an introduction.',
});

export const AskStatusEnum = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, s])) as {
  [S in RequestStatus]: S;
};
registerEnumType(AskStatusEnum, {
  name: 'AskStatus',
  description:
    'Where an ask stands. ASKED moves to any other; NO_RESPONSE may still become ACCEPTED or DECLINED (a late answer); the rest are final.',
});

export const SuggestionReasonEnum = Object.fromEntries(SUGGESTION_REASONS.map((r) => [r, r])) as {
  [R in SuggestionReason]: R;
};
registerEnumType(SuggestionReasonEnum, {
  name: 'SuggestionReason',
  description:
    'Why a contact is suggested: the same company first, then referrals, then the network.',
});

/**
 * Resolvers return AskEntity rows; AskResolver adds the id, the contact, the
 * company, the history and (staff only) the seeker.
 */
@Scope('interviews:read')
@ObjectType('Ask', {
  description:
    "A seeker's ask of a person for a brief informational meeting. Once per person, ever.",
  simpleResolvers: true,
})
export class AskType {
  @Field(() => AskChannelEnum, { description: 'How the seeker asked.' })
  channel: AskChannel;

  @Field(() => Date, { description: 'When the seeker asked.' })
  askedAt: Date;

  // The seeker's own jottings: never a partner's.
  @NotForApiKeys()
  @Field(() => String, { nullable: true, description: "The seeker's note about the ask." })
  note: string | null;

  @Field(() => AskStatusEnum, { description: 'Where the ask stands now.' })
  status: RequestStatus;

  @Field(() => Date, { description: 'When the status last changed.' })
  statusChangedAt: Date;
}

export type AskRowsFit = RowsFit<AskType, AskEntity>;

export const { ConnectionType: AskConnection } = connectionTypes('Ask', AskType);

@Scope('interviews:read')
@ObjectType('AskStatusChange', {
  description: 'One step of an ask’s history.',
  simpleResolvers: true,
})
export class AskStatusChangeType {
  @Field(() => AskStatusEnum, { description: 'The status the ask moved to at this step.' })
  status: RequestStatus;

  @Field(() => Date, { description: 'When the ask moved to this status.' })
  at: Date;

  @NotForApiKeys()
  @Field(() => String, {
    nullable: true,
    description: "The seeker's note on this step; null when they left none.",
  })
  note: string | null;
}

export type AskStatusChangeRowsFit = RowsFit<AskStatusChangeType, AskStatusChangeEntity>;

@ObjectType('AskScript', {
  description:
    'What to say when asking, in a phone and an email version: a brief 15–20 minute informational meeting, in their office if they are willing.',
  simpleResolvers: true,
})
export class AskScriptType {
  @Field(() => String, { description: 'A few sentences to say on the phone.' })
  phone: string;

  @Field(() => String, { description: 'A short email, subject line first.' })
  email: string;

  @Field(() => Boolean, {
    description:
      'True when the company is hiring; otherwise the script says plainly it is not a job request.',
  })
  companyHiring: boolean;
}

/** A suggestion as the service builds it: the contact row plus the domain's reason. */
export interface Suggestion {
  contact: ContactEntity;
  reason: string;
  reasonKind: SuggestionReason;
}

@ObjectType('SuggestedContact', {
  description: 'Someone to ask next, never do-not-contact, already asked, declined or at the cap.',
  simpleResolvers: true,
})
export class SuggestedContactType {
  @Field(() => ContactType, { description: 'The contact record suggested.' })
  contact: ContactType;

  @Field(() => String, { description: 'Why this person, in a sentence.' })
  reason: string;

  @Field(() => SuggestionReasonEnum, {
    description: 'Which rule suggested this person: same company, referral or network.',
  })
  reasonKind: SuggestionReason;
}

@ObjectType('SeekerDashboard', {
  description: "The seeker's home: what waits for an answer and who to ask next.",
  simpleResolvers: true,
})
export class SeekerDashboardType {
  @Field(() => ID, {
    description:
      "The dashboard's own id (one per seeker), so a client can cache sections fetched by separate queries as one object.",
  })
  id: string;

  @Lazy()
  @Field(() => [AskType], { description: 'Asks still waiting for an answer, oldest first.' })
  waitingAsks: AskType[];

  @Lazy()
  @Field(() => [SuggestedContactType], {
    description:
      "Who to ask next, as nextContacts ranks them, up to the agency's suggestion limit.",
  })
  suggestions: SuggestedContactType[];
}
