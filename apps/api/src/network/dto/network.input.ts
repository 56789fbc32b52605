import type { ConnectionKind } from '@rapport/domain';
import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionKindEnum, ManualConnectionKindEnum } from '../network.type.js';

@InputType('IntroTargetInput', {
  description: 'Exactly one: a contact, or a company (paths to anyone there).',
})
export class IntroTargetInput {
  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;
}

@InputType('NetworkCenterInput', { description: 'Exactly one: a contact or a company.' })
export class NetworkCenterInput {
  @Field(() => ID, { nullable: true })
  contactId?: string | null;

  @Field(() => ID, { nullable: true })
  companyId?: string | null;
}

@ArgsType()
export class NetworkAroundArgs {
  @Field(() => NetworkCenterInput)
  center: NetworkCenterInput;

  @Field(() => Int, { defaultValue: 2, description: 'Hops out from the centre, 1 to 3.' })
  depth: number;

  @Field(() => [ConnectionKindEnum], {
    nullable: true,
    description: 'Only these kinds of link; all when empty.',
  })
  kinds?: ConnectionKind[] | null;

  @Field(() => Int, { defaultValue: 500, description: 'Most nodes to return, 1 to 1000.' })
  limit: number;
}

@InputType('ConnectionInput', { description: 'A link staff record between two agency contacts.' })
export class ConnectionInput {
  @Field(() => ID)
  fromContactId: string;

  @Field(() => ID)
  toContactId: string;

  @Field(() => ManualConnectionKindEnum)
  kind: 'KNOWS' | 'WORKS_WITH';

  @Field(() => String, { nullable: true, description: 'Up to 1,000 characters.' })
  @MaxLength(1000)
  note?: string | null;
}

@ArgsType()
export class WarmIntroPathsArgs {
  @Field(() => IntroTargetInput)
  target: IntroTargetInput;

  @Field(() => Int, { defaultValue: 3, description: 'How many paths, best first: 1 to 10.' })
  @Min(1)
  @Max(10)
  first: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Staff: the seeker the paths start from (required). Seekers: omit it.',
  })
  seekerId?: string | null;
}
