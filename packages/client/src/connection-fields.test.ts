import { describe, expect, it } from 'vitest';
import { collectConnectionFields } from './connection-fields';

describe('collectConnectionFields', () => {
  it('gathers every feature’s paged fields into one registry', () => {
    expect(
      collectConnectionFields({ companies: ['search', 'hiringStatus'] }, { staffMembers: [] }),
    ).toEqual({ companies: ['search', 'hiringStatus'], staffMembers: [] });
  });

  it('accepts the same field from two features when they agree on its arguments', () => {
    expect(
      collectConnectionFields(
        { companies: ['search', 'hiringStatus'] },
        { companies: ['hiringStatus', 'search'] },
      ),
    ).toEqual({ companies: ['hiringStatus', 'search'] });
  });

  it('refuses the same field registered with different arguments', () => {
    expect(() =>
      collectConnectionFields({ companies: ['search'] }, { companies: ['search', 'hiringStatus'] }),
    ).toThrow(/"companies" is registered twice/);
  });
});
