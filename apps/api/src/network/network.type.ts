import {
  CONNECTION_KINDS,
  type ConnectionKind,
  INTERACTION_KINDS,
  type InteractionKind,
} from '@rapport/domain';
import { createUnionType, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type { RowsFit } from '../common/rows-fit.js';
import type { ContactEntity } from '../contact/contact.entity.js';
import { ContactType } from '../contact/contact.type.js';
import {
  CONNECTION_SOURCES,
  type ConnectionEntity,
  type ConnectionSource,
} from './connection.entity.js';
import {
  GRAPH_EDGE_KINDS,
  GRAPH_NODE_KINDS,
  type GraphEdgeKind,
  type GraphNodeKind,
  REFERRAL_STATUSES,
  type ReferralStatus,
  type SeekerNode,
} from './network.service.js';
import { enumOf } from '../common/enum-of.js';

export const ConnectionKindEnum = enumOf(CONNECTION_KINDS);
registerEnumType(ConnectionKindEnum, {
  name: 'ConnectionKind',
  description:
    'REFERRED: one person gave a seeker the other’s name. KNOWS, WORKS_WITH: recorded by staff or imported. MET: a seeker held an informational interview with the contact.',
});

export const ManualConnectionKindEnum = enumOf(['KNOWS', 'WORKS_WITH'] as const);
registerEnumType(ManualConnectionKindEnum, {
  name: 'ManualConnectionKind',
  description:
    'The kinds staff record by hand or import; REFERRED and MET come from referrals and meetings.',
});

export const ConnectionSourceEnum = enumOf(CONNECTION_SOURCES);
registerEnumType(ConnectionSourceEnum, {
  name: 'ConnectionSource',
  description:
    'Where a link came from: entered by staff, a CSV import, a recorded referral, a completed meeting.',
});

export const InteractionKindEnum = enumOf(INTERACTION_KINDS);
registerEnumType(InteractionKindEnum, {
  name: 'InteractionKind',
  description: 'Something Rapport recorded between two people that earns their tie strength.',
});

export const ReferralStatusEnum = enumOf(REFERRAL_STATUSES);
registerEnumType(ReferralStatusEnum, {
  name: 'ReferralStatus',
  description:
    'How far a referral went: REFERRED (name given), ASKED (an interview was asked for), MET (the interview took place), HIRED.',
});

export const GraphNodeKindEnum = enumOf(GRAPH_NODE_KINDS);
registerEnumType(GraphNodeKindEnum, {
  name: 'GraphNodeKind',
  description: 'What a node of the explorer graph stands for.',
});

export const GraphEdgeKindEnum = enumOf(GRAPH_EDGE_KINDS);
registerEnumType(GraphEdgeKindEnum, {
  name: 'GraphEdgeKind',
  description:
    'A connection kind, or EMPLOYS from a company node to its people when the graph is centred on a company.',
});

/** Resolvers return SeekerNode values; NetworkSeekerResolver adds the global id. */
@NotForApiKeys()
@ObjectType('NetworkSeeker', {
  description:
    'A job seeker as a node of the network. Staff see the name; a seeker only ever sees themselves.',
  simpleResolvers: true,
})
export class NetworkSeekerType {
  @Field(() => String, {
    description: "The seeker's name: staff see any seeker's, a seeker only their own.",
  })
  name: string;
}
export type NetworkSeekerRowsFit = RowsFit<NetworkSeekerType, SeekerNode>;

export const NetworkNodeUnion = createUnionType({
  name: 'NetworkNode',
  description: 'One end of a link: a contact, or a seeker.',
  types: () => [ContactType, NetworkSeekerType] as const,
  resolveType: (value) => ('nodeKind' in (value as object) ? NetworkSeekerType : ContactType),
});

@Scope('network:read')
@ObjectType('StrengthReason', {
  description: 'One kind of interaction behind a strength score.',
  simpleResolvers: true,
})
export class StrengthReasonType {
  @Field(() => InteractionKindEnum, { description: 'What happened between the two.' })
  kind: InteractionKind;

  @Field(() => Int, { description: 'How many times it happened.' })
  count: number;

  @Field(() => Date, { description: 'The most recent time.' })
  lastAt: Date;

  @Field(() => Float, { description: 'Its share of the points, after recency and repeats.' })
  points: number;
}

@Scope('network:read')
@ObjectType('ConnectionStrength', {
  description:
    'Earned, never typed: 10 (nothing recorded) to 100, from meetings, referrals, answered asks and cards between the two, weighted by recency and frequency.',
  simpleResolvers: true,
})
export class ConnectionStrengthType {
  @Field(() => Int, { description: 'The earned strength, 10 (nothing recorded) to 100.' })
  score: number;

  @Field(() => [StrengthReasonType], { description: 'Biggest contribution first.' })
  reasons: StrengthReasonType[];
}

/** Resolvers return ConnectionEntity rows; ConnectionResolver adds id, ends and strength. */
@Scope('network:read')
@ObjectType('Connection', {
  description: 'A link of the referral network between two contacts, or a seeker and a contact.',
  simpleResolvers: true,
})
export class ConnectionType {
  @Field(() => ConnectionKindEnum, { description: 'What ties the two ends.' })
  kind: ConnectionKind;

  @Field(() => ConnectionSourceEnum, { description: 'How the link was recorded.' })
  source: ConnectionSource;

  @Field(() => Date, { description: 'When the link was recorded.' })
  recordedAt: Date;

  @Field(() => String, { nullable: true, description: 'What staff wrote about it.' })
  note: string | null;
}
export type ConnectionRowsFit = RowsFit<ConnectionType, ConnectionEntity>;

@Scope('network:read')
@ObjectType('IntroHop', { description: 'One link of a warm-intro path.', simpleResolvers: true })
export class IntroHopType {
  @Field(() => NetworkNodeUnion, { description: 'The nearer end, on the way to the target.' })
  from: ContactEntity | SeekerNode;

  @Field(() => NetworkNodeUnion, { description: 'The farther end, one step closer to the target.' })
  to: ContactEntity | SeekerNode;

  @Field(() => ConnectionKindEnum, { description: 'What ties the two ends of the hop.' })
  kind: ConnectionKind;

  @Field(() => String, {
    description: 'The hop in a sentence: who referred, knows or met whom, at which company, when.',
  })
  sentence: string;

  @Field(() => Int, { description: 'The tie’s earned strength, 10 to 100.' })
  strength: number;

  @Field(() => Date, { description: 'When the link behind the hop was recorded.' })
  recordedAt: Date;
}

@Scope('network:read')
@ObjectType('IntroPath', {
  description: 'A chain of people from the seeker to the target, best first.',
  simpleResolvers: true,
})
export class IntroPathType {
  @Field(() => [IntroHopType], {
    description: 'The links in order, from the seeker to the target.',
  })
  hops: IntroHopType[];

  @Field(() => Int, { description: 'Number of hops, 1 to 3 (up to 6 for networkPath).' })
  length: number;

  @Field(() => Int, { description: 'The weakest tie: how warm the introduction really is.' })
  weakestStrength: number;
}

@ObjectType('ReferralTreeNode', {
  description: 'A person in a seeker’s referral tree.',
  simpleResolvers: true,
})
export class ReferralTreeNodeType {
  @Field(() => ContactType, { description: 'The person at this point of the tree.' })
  contact: ContactEntity;

  @Field(() => ContactType, { nullable: true, description: 'Who gave this name; null for a root.' })
  referredBy: ContactEntity | null;

  @Field(() => Date, { nullable: true, description: 'When the name was given.' })
  referredAt: Date | null;

  @Field(() => ReferralStatusEnum, { description: 'How far it went with this person.' })
  status: ReferralStatus;

  @Field(() => ReferralStatusEnum, {
    description: 'How far the branch from here went: the furthest status in it.',
  })
  furthestStatus: ReferralStatus;

  @Field(() => Int, { description: '0 for a root.' })
  depth: number;

  @Field(() => [ReferralTreeNodeType], { description: 'The names this person gave.' })
  children: ReferralTreeNodeType[];
}

@ObjectType('ReferralTree', {
  description:
    'Who referred a seeker to whom. Roots are the people the seeker met or got names from first.',
  simpleResolvers: true,
})
export class ReferralTreeType {
  @Field(() => NetworkSeekerType, { description: 'The seeker whose tree this is.' })
  seeker: SeekerNode;

  @Field(() => [ReferralTreeNodeType], {
    description: 'The people at the top of the tree, each with the names they gave below them.',
  })
  roots: ReferralTreeNodeType[];

  @Field(() => Int, { description: 'People in the tree.' })
  size: number;

  @Field(() => Int, { description: 'People in the tree the seeker asked, those met included.' })
  asked: number;

  @Field(() => Int, { description: 'People in the tree the seeker met.' })
  met: number;

  @Field(() => Int, { description: 'Zero until hires are recorded.' })
  hired: number;
}

@Scope('network:read')
@ObjectType('GraphNode', { description: 'A node of the explorer graph.', simpleResolvers: true })
export class GraphNodeType {
  @Field(() => ID, { description: 'The contact’s or company’s id.' })
  id: string;

  @Field(() => String, { description: "The contact's full name or the company's name." })
  label: string;

  @Field(() => GraphNodeKindEnum, { description: 'What the node stands for.' })
  kind: GraphNodeKind;

  @Field(() => String, {
    nullable: true,
    description: "The contact's company, or the company itself; null for a contact without one.",
  })
  companyName: string | null;

  @Field(() => Int, { description: 'Links of the shown kinds, including those not drawn.' })
  degree: number;

  @Field(() => Boolean, {
    description: 'True when the contact is do-not-contact; always false for a company.',
  })
  doNotContact: boolean;
}

@Scope('network:read')
@ObjectType('GraphEdge', { description: 'An edge of the explorer graph.', simpleResolvers: true })
export class GraphEdgeType {
  @Field(() => ID, {
    description:
      "The Connection's id, or for EMPLOYS the company and contact ids joined by a colon.",
  })
  id: string;

  @Field(() => ID, { description: 'A GraphNode id.' })
  source: string;

  @Field(() => ID, { description: 'A GraphNode id.' })
  target: string;

  @Field(() => GraphEdgeKindEnum, { description: 'The kind of link, or EMPLOYS.' })
  kind: GraphEdgeKind;

  @Field(() => Int, { description: 'Earned strength, 10 to 100; 0 for EMPLOYS.' })
  strength: number;
}

@Scope('network:read')
@ObjectType('NetworkGraph', {
  description: 'The agency’s network around a contact or a company.',
  simpleResolvers: true,
})
export class NetworkGraphType {
  @Field(() => [GraphNodeType], {
    description: 'The contacts shown, plus the company when the graph is centred on one.',
  })
  nodes: GraphNodeType[];

  @Field(() => [GraphEdgeType], { description: 'The links between the nodes shown.' })
  edges: GraphEdgeType[];

  @Field(() => Boolean, { description: 'True when the limit cut the graph short.' })
  truncated: boolean;
}

@Scope('network:read')
@ObjectType('Broker', {
  description: 'A well-connected person of the agency’s network.',
  simpleResolvers: true,
})
export class BrokerType {
  @Field(() => ContactType, { description: 'The well-connected person.' })
  contact: ContactEntity;

  @Field(() => Int, { description: 'Their links in the agency’s network.' })
  degree: number;

  @Field(() => Int, { description: 'How many different companies their links reach.' })
  companiesBridged: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Links into the company asked about; null without one.',
  })
  linksIntoCompany: number | null;
}

@ObjectType('ConnectionImportError', {
  description: 'Why one CSV row could not be imported.',
  simpleResolvers: true,
})
export class ConnectionImportErrorType {
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The column: from, to, kind or note.' })
  field: string | null;

  @Field(() => String, { description: 'A code from the error catalog.' })
  code: string;

  @Field(() => String, { description: 'What is wrong with the row, in a sentence for people.' })
  message: string;
}

@ObjectType('ConnectionImportResult', {
  description: 'All or nothing: with any error, nothing was imported.',
  simpleResolvers: true,
})
export class ConnectionImportResultType {
  @Field(() => Int, { description: 'New links added; 0 when there were errors.' })
  imported: number;

  @Field(() => Int, { description: 'Rows already in the network (or repeated in the file).' })
  skipped: number;

  @Field(() => [ConnectionImportErrorType], {
    description: 'Every bad row, by line; empty when the import went through.',
  })
  errors: ConnectionImportErrorType[];
}
