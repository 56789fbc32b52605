import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { ContactEntity } from '../contact/contact.entity.js';
import { UserEntity } from '../user/user.entity.js';
import type { NetworkNodeValue } from './network.service.js';

export function networkLoaders(dataSource: DataSource) {
  return {
    /**
     * The ends of links by `CONTACT:<id>` or `SEEKER:<id>`: at most one
     * statement for contacts and one for seekers per request. Only used on
     * links the caller was allowed to read.
     */
    networkNode: new DataLoader<string, NetworkNodeValue | null>(async (keys) => {
      const contactIds = keys.filter((k) => k.startsWith('CONTACT:')).map((k) => k.slice(8));
      const seekerIds = keys.filter((k) => k.startsWith('SEEKER:')).map((k) => k.slice(7));
      const found = new Map<string, NetworkNodeValue>();
      if (contactIds.length > 0) {
        const rows = await dataSource.getRepository(ContactEntity).findBy({ id: In(contactIds) });
        for (const row of rows) found.set(`CONTACT:${row.id}`, row);
      }
      if (seekerIds.length > 0) {
        const rows = await dataSource.getRepository(UserEntity).findBy({ id: In(seekerIds) });
        for (const row of rows) {
          found.set(`SEEKER:${row.id}`, { nodeKind: 'SEEKER', id: row.id, name: row.name });
        }
      }
      return keys.map((key) => found.get(key) ?? null);
    }),
  };
}
