import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { NotFoundError } from '../common/errors.js';
import { readable, type OwnershipRule } from '../common/ownership.js';
import { ContactEntity } from './contact.entity.js';

/**
 * Agency contacts (no owner) are open to everyone signed in. A seeker's own
 * contacts follow the ownership rule, and stay hidden from staff too until
 * sharing with the agency exists.
 */
export const SEEKER_CONTACT: OwnershipRule = { what: 'That contact', staff: 'none' };

export class ContactService {
  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor, id: string): Promise<ContactEntity> {
    const row = await this.dataSource.getRepository(ContactEntity).findOneBy({ id });
    if (row?.ownerId === null) return row;
    if (!row) throw new NotFoundError(SEEKER_CONTACT.what);
    return readable(actor, row, SEEKER_CONTACT);
  }
}
