import { ArrayMaxSize, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';

@InputType({ description: 'A new key for a named integration.' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'The integration it is for (1 to 80 characters).' })
  @MaxLength(200)
  name: string;

  @Field(() => [String], { description: 'Scopes from apiScopes; at least one.' })
  @ArrayMaxSize(20)
  scopes: string[];
}

@ArgsType()
export class ApiKeysArgs extends PageArgs {}

@ArgsType()
export class RotateApiKeyArgs {
  @Field(() => ID, { description: 'The key to replace.' })
  id: string;

  @Field(() => Int, {
    defaultValue: 24,
    description: 'How many hours the old key keeps working beside the new one (0 to 720).',
  })
  overlapHours: number;
}
