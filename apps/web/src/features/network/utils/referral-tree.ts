import type { MyReferralTreeQuery, ReferralStatus } from '../../../gql/graphql';

export type TreePerson = MyReferralTreeQuery['referralTree']['people'][number];

export interface TreeBranch {
  person: TreePerson;
  children: TreeBranch[];
  /** Everyone in this branch, this person included. */
  size: number;
}

export const STATUS_LABELS: Record<ReferralStatus, string> = {
  REFERRED: 'Name given',
  ASKED: 'Asked',
  MET: 'Met',
  HIRED: 'Hired',
};

/**
 * The API's reading-order list (each person, then the names they gave, one
 * level deeper) back into branches, however deep the tree goes. A person
 * whose depth jumps more than one level (which the API never sends) is
 * placed under the nearest person above them rather than lost.
 */
export function nestReferralTree(people: readonly TreePerson[]): TreeBranch[] {
  const roots: TreeBranch[] = [];
  const open: TreeBranch[] = [];
  for (const person of people) {
    const branch: TreeBranch = { person, children: [], size: 1 };
    while (open.length > 0 && open[open.length - 1]!.person.depth >= person.depth) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.children.push(branch);
    else roots.push(branch);
    open.push(branch);
  }
  const count = (branch: TreeBranch): number =>
    (branch.size = 1 + branch.children.reduce((sum, child) => sum + count(child), 0));
  roots.forEach(count);
  return roots;
}
