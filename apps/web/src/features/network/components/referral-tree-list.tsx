import { formatDate, plural } from '@rapport/client/format';
import { Badge, type BadgeTone } from '@rapport/ui/badge';
import type { ReferralStatus } from '../../../gql/graphql';
import { STATUS_LABELS, type TreeBranch } from '../utils/referral-tree';

const STATUS_TONES: Record<ReferralStatus, BadgeTone> = {
  REFERRED: 'neutral',
  ASKED: 'info',
  MET: 'success',
  HIRED: 'success',
};

/**
 * The tree as nested lists: each person with how far it went with them, the
 * names they gave listed under them. Lists nest the way screen readers
 * already announce ("list, 2 items, level 2"), so no custom tree widget is
 * needed to read or move through it.
 */
export function ReferralTreeList({ branches, label }: { branches: TreeBranch[]; label?: string }) {
  return (
    <ul className="referral-tree" aria-label={label}>
      {branches.map((branch) => (
        <ReferralBranch key={branch.person.contact.id} branch={branch} />
      ))}
    </ul>
  );
}

function ReferralBranch({ branch }: { branch: TreeBranch }) {
  const { person } = branch;
  const where = [person.contact.title, person.contact.company?.name].filter(Boolean).join(', ');
  const root = person.depth === 0;
  return (
    <li className="referral-tree__item">
      <div className="referral-tree__person">
        <span className="referral-tree__name">{person.contact.fullName}</span>
        {where ? <span className="muted"> · {where}</span> : null}{' '}
        <Badge tone={STATUS_TONES[person.status]}>{STATUS_LABELS[person.status]}</Badge>
        <p className="referral-tree__how muted">
          {root
            ? 'You reached them on your own, not through a referral.'
            : `Named by ${person.referredBy?.fullName ?? 'someone you met'}${
                person.referredAt ? ` on ${formatDate(person.referredAt)}` : ''
              }.`}
          {branch.children.length > 0
            ? ` Gave you ${plural(branch.children.length, 'name', 'names')}; this branch reached “${
                STATUS_LABELS[person.furthestStatus]
              }” across ${plural(branch.size, 'person', 'people')}.`
            : ''}
        </p>
      </div>
      {branch.children.length > 0 ? (
        <ReferralTreeList
          branches={branch.children}
          label={`Names ${person.contact.fullName} gave you`}
        />
      ) : null}
    </li>
  );
}
