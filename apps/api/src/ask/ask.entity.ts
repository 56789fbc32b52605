import type { AskChannel, RequestStatus } from '@rapport/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { timestampType } from '../db/column-types.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * A seeker's ask of a person for an informational meeting. owner_id is the
 * seeker (the ownership rule's column). The unique index on (owner_id,
 * person_id) is ask-once itself: whatever record of the person was used,
 * and whatever races past the service's check, a second row cannot exist.
 */
@Entity({ name: 'asks' })
@Index('uq_asks_owner_person', ['ownerId', 'personId'], { unique: true })
@Index('idx_asks_person_asked', ['personId', 'askedAt', 'id'])
@Index('idx_asks_owner_asked', ['ownerId', 'askedAt', 'id'])
@Index('idx_asks_asked', ['askedAt', 'id'])
@Index('idx_asks_owner_status_asked', ['ownerId', 'status', 'askedAt', 'id'])
export class AskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  /** The record the seeker used; merges move it to the surviving record. */
  @Index('idx_asks_contact')
  @Column({ name: 'contact_id', type: 'varchar', length: 36 })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  /** The contact's company when asked, taken from the contact (the domain's one source). */
  @Column({ name: 'company_id', type: 'varchar', length: 36, nullable: true })
  companyId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity | null;

  @Column({ type: 'varchar', length: 16 })
  channel: AskChannel;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: RequestStatus;

  @Column({ name: 'asked_at', type: timestampType })
  askedAt: Date;

  @Column({ name: 'status_changed_at', type: timestampType })
  statusChangedAt: Date;
}

/** Every status an ask has had, with when and an optional note: the ask's history. */
@Entity({ name: 'ask_status_changes' })
@Index('idx_ask_status_changes_ask', ['askId', 'position'], { unique: true })
export class AskStatusChangeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ask_id', type: 'varchar', length: 36 })
  askId: string;

  @ManyToOne(() => AskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ask_id' })
  ask?: AskEntity;

  /**
   * 0 for the ask itself, then 1, 2… in the order the changes happened.
   * Two changes can share a timestamp (a frozen clock, a fast double click),
   * and the history must still read in order.
   */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  status: RequestStatus;

  @Column({ type: timestampType })
  at: Date;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
