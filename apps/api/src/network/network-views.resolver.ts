import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { fromGlobalId } from '../common/global-id.js';
import type { Context } from '../graphql/context.js';
import type { GraphEdgeView, ReferralTreeNodeView, ReferralTreeView } from './network.service.js';
import {
  GraphEdgeType,
  ReferralTreeNodeType,
  ReferralTreeType,
  StrengthReasonType,
} from './network.type.js';

/** The reasons behind an explorer edge's strength, for the explorer's list view. */
@Resolver(() => GraphEdgeType)
export class GraphEdgeResolver {
  @FieldResolver(() => [StrengthReasonType], {
    description:
      'What earned the strength, biggest contribution first; empty for EMPLOYS and for ties nothing was recorded on.',
  })
  async reasons(@Root() edge: GraphEdgeView, @Ctx() ctx: Context) {
    if (edge.kind === 'EMPLOYS') return [];
    const strength = await ctx.services.network.strengthOf(
      {
        fromKind: 'CONTACT',
        fromId: fromGlobalId(edge.source, 'Contact'),
        toKind: 'CONTACT',
        toId: fromGlobalId(edge.target, 'Contact'),
      },
      ctx.services.now(),
    );
    return strength.reasons;
  }
}

/**
 * The tree as one flat list in reading order, so a client can show a tree of
 * any depth without nesting `children` in its query as deep as the tree may go.
 */
@Resolver(() => ReferralTreeType)
export class ReferralTreeResolver {
  @FieldResolver(() => [ReferralTreeNodeType], {
    description:
      'Everyone in the tree in reading order: each person followed by the names they gave (their `depth` one more), then the next branch.',
  })
  people(@Root() tree: ReferralTreeView): ReferralTreeNodeView[] {
    const flat: ReferralTreeNodeView[] = [];
    const visit = (node: ReferralTreeNodeView) => {
      flat.push(node);
      node.children.forEach(visit);
    };
    tree.roots.forEach(visit);
    return flat;
  }
}
