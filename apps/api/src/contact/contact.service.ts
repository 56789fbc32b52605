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

/**
 * What a partner's key sees of an agency contact. A person who asked not to
 * be contacted is still shown (partners need to know not to approach them),
 * but without any way to reach them.
 */
export function forPartner(row: ContactEntity): ContactEntity {
  if (!row.doNotContact) return row;
  return { ...row, email: null, phone: null, mailingAddress: null };
}

export class ContactService {
  constructor(private readonly dataSource: DataSource) {}

  async get(actor: Actor, id: string): Promise<ContactEntity> {
    const row = await this.dataSource.getRepository(ContactEntity).findOneBy({ id });
    if (row?.ownerId === null) return actor.kind === 'apiKey' ? forPartner(row) : row;
    if (!row) throw new NotFoundError(SEEKER_CONTACT.what);
    return readable(actor, row, SEEKER_CONTACT);
  }
}
