import { describe, expect, it } from 'vitest';
import { nestReferralTree, type TreeBranch, type TreePerson } from './referral-tree';

const person = (fullName: string, depth: number): TreePerson => ({
  __typename: 'ReferralTreeNode',
  depth,
  status: 'REFERRED',
  furthestStatus: 'REFERRED',
  referredAt: null,
  referredBy: null,
  contact: { __typename: 'Contact', id: fullName, fullName, title: null, company: null },
});

const shape = (branches: TreeBranch[]): unknown[] =>
  branches.map((branch) =>
    branch.children.length > 0
      ? [branch.person.contact.fullName, branch.size, shape(branch.children)]
      : branch.person.contact.fullName,
  );

describe('the referral tree', () => {
  it('rebuilds the branches from the reading-order list, at any depth', () => {
    const tree = nestReferralTree([
      person('Dana', 0),
      person('Elena', 1),
      person('Sam', 2),
      person('Lucía', 3),
      person('Victor', 2),
      person('Priya', 1),
      person('Carlos', 0),
    ]);
    expect(shape(tree)).toEqual([
      ['Dana', 6, [['Elena', 4, [['Sam', 2, ['Lucía']], 'Victor']], 'Priya']],
      'Carlos',
    ]);
  });

  it('is empty for a seeker with no referrals or meetings', () => {
    expect(nestReferralTree([])).toEqual([]);
  });

  it('keeps someone whose depth jumps, under the nearest person above', () => {
    expect(shape(nestReferralTree([person('Dana', 0), person('Far', 3)]))).toEqual([
      ['Dana', 2, ['Far']],
    ]);
  });
});
