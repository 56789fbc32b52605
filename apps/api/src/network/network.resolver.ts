import type { ConnectionKind } from '@rapport/domain';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { InvalidInputError } from '../common/errors.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { ContactEntity } from '../contact/contact.entity.js';
import type { Context } from '../graphql/context.js';
import { Cost } from '../graphql/cost.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type { ConnectionEntity } from './connection.entity.js';
import {
  ConnectionInput,
  IntroTargetInput,
  NetworkAroundArgs,
  type NetworkCenterInput,
  WarmIntroPathsArgs,
} from './dto/network.input.js';
import type { NetworkCenter, SeekerNode } from './network.service.js';
import {
  BrokerType,
  ConnectionImportResultType,
  ConnectionStrengthType,
  ConnectionType,
  IntroPathType,
  NetworkGraphType,
  NetworkNodeUnion,
  NetworkSeekerType,
  ReferralTreeType,
} from './network.type.js';

/** Exactly one of contactId / companyId, decoded. */
function oneOf(input: IntroTargetInput | NetworkCenterInput, field: string): NetworkCenter {
  if (!input.contactId === !input.companyId) {
    throw new InvalidInputError('Give exactly one of contactId and companyId.', { field });
  }
  return input.contactId
    ? { contactId: fromGlobalId(input.contactId, 'Contact') }
    : { companyId: fromGlobalId(input.companyId!, 'Company') };
}

function aroundArgs(args: NetworkAroundArgs) {
  return {
    center: oneOf(args.center, 'center'),
    depth: args.depth,
    kinds: args.kinds as ConnectionKind[] | null | undefined,
    limit: args.limit,
  };
}

@Resolver(() => ConnectionType)
export class NetworkResolver {
  @Authorized()
  @NotForApiKeys()
  @Cost(50)
  @Query(() => [IntroPathType], {
    description:
      'The best warm-introduction paths (at most 3 hops) from a seeker to a contact or to anyone at a company: fewer hops first, then stronger and fresher ties; never through a do-not-contact person, only along links the seeker may see. Seekers: their own paths. Staff: name the seeker.',
  })
  warmIntroPaths(
    @Args(() => WarmIntroPathsArgs) args: WarmIntroPathsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.warmIntroPaths(
      actor,
      {
        target: oneOf(args.target, 'target'),
        seekerId: args.seekerId ? fromGlobalId(args.seekerId, 'User') : null,
        first: args.first,
      },
      ctx.services.now(),
    );
  }

  @Authorized()
  @NotForApiKeys()
  @Cost(50)
  @Query(() => ReferralTreeType, {
    description:
      'Who referred a seeker to whom and how far each branch went. Seekers: their own (omit seekerId). Staff: any seeker.',
  })
  referralTree(
    @Arg('seekerId', () => ID, {
      nullable: true,
      description: "Which seeker's tree: required for staff; a seeker omits it and gets their own.",
    })
    seekerId: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.referralTree(
      actor,
      seekerId ? fromGlobalId(seekerId, 'User') : null,
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('network:read')
  @Cost(100)
  @Query(() => NetworkGraphType, {
    description:
      'The agency’s network around a contact or a company, for the explorer: by kind of link and depth (1 to 3), at most `limit` nodes. Staff only.',
  })
  networkAround(
    @Args(() => NetworkAroundArgs) args: NetworkAroundArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.around(actor, aroundArgs(args), ctx.services.now());
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('network:read')
  @Cost(100)
  @Query(() => String, {
    description:
      'What networkAround shows with the same arguments, as CSV: one row per node and per edge. Staff only.',
  })
  exportNetwork(
    @Args(() => NetworkAroundArgs) args: NetworkAroundArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.exportCsv(actor, aroundArgs(args), ctx.services.now());
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('network:read')
  @Cost(50)
  @Query(() => IntroPathType, {
    nullable: true,
    description:
      'The shortest chain of the agency’s links between two contacts (up to 6 hops), never through a do-not-contact person; null when there is none. Staff only.',
  })
  networkPath(
    @Arg('fromId', () => ID, { description: 'The contact the chain starts from.' }) fromId: string,
    @Arg('toId', () => ID, { description: 'The contact the chain should reach.' }) toId: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.pathBetween(
      actor,
      fromGlobalId(fromId, 'Contact'),
      fromGlobalId(toId, 'Contact'),
      ctx.services.now(),
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('network:read')
  @Cost(50)
  @Query(() => [BrokerType], {
    description:
      'The best-connected people: by how many companies their links reach, then by links; with a company, by links into its people. Staff only.',
  })
  networkBrokers(
    @Arg('companyId', () => ID, {
      nullable: true,
      description: "Rank by links into this company's people; the whole network when left out.",
    })
    companyId: string | null,
    @Arg('first', () => Int, { defaultValue: 10, description: '1 to 50.' }) first: number,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.brokers(
      actor,
      companyId ? fromGlobalId(companyId, 'Company') : null,
      first,
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ConnectionType, {
    description: 'Records that two agency contacts know or work with each other. Staff only.',
  })
  createConnection(
    @Arg('input', () => ConnectionInput, {
      description: 'The two contacts and how they are linked.',
    })
    input: ConnectionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ConnectionEntity> {
    return ctx.services.network.create(
      actor,
      {
        fromContactId: fromGlobalId(input.fromContactId, 'Contact'),
        toContactId: fromGlobalId(input.toContactId, 'Contact'),
        kind: input.kind,
        note: input.note,
      },
      ctx.services.now(),
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ID, {
    description:
      'Removes a link staff entered or imported, and returns its id. Links from referrals and meetings stay. Staff only.',
  })
  async deleteConnection(
    @Arg('id', () => ID, { description: 'A link staff entered or imported.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.network.remove(actor, fromGlobalId(id, 'Connection'));
    return id;
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ConnectionImportResultType, {
    description:
      'Imports KNOWS and WORKS_WITH links from CSV (columns from, to, kind, note; each end a contact’s email or id), all or nothing, with every bad row reported. Staff only.',
  })
  importConnections(
    @Arg('csv', () => String, {
      description:
        'The file text: a header naming from, to, kind and note, then one link per line.',
    })
    csv: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.importCsv(actor, csv, ctx.services.now());
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() connection: ConnectionEntity): string {
    return toGlobalId('Connection', connection.id);
  }

  @FieldResolver(() => NetworkNodeUnion, {
    description:
      'One end: the person who gave the name for REFERRED, the seeker for MET, the first contact entered otherwise.',
  })
  from(@Root() connection: ConnectionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.networkNode.load(`${connection.fromKind}:${connection.fromId}`);
  }

  @FieldResolver(() => NetworkNodeUnion, {
    description:
      'The other end: the person referred for REFERRED, the contact met for MET, the second contact entered otherwise.',
  })
  to(@Root() connection: ConnectionEntity, @Ctx() ctx: Context) {
    return ctx.loaders.networkNode.load(`${connection.toKind}:${connection.toId}`);
  }

  @FieldResolver(() => ConnectionStrengthType, {
    description: 'The tie’s earned strength with the reasons behind it.',
  })
  strength(@Root() connection: ConnectionEntity, @Ctx() ctx: Context) {
    return ctx.services.network.strengthOf(connection, ctx.services.now());
  }
}

@Resolver(() => NetworkSeekerType)
export class NetworkSeekerResolver {
  @FieldResolver(() => ID, { description: 'The seeker’s user id.' })
  id(@Root() seeker: SeekerNode): string {
    return toGlobalId('User', seeker.id);
  }
}

export type { ContactEntity };
