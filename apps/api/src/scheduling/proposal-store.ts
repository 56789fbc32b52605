import { isOpenProposal, proposalFromRecord, type SlotProposal } from '@rapport/domain';
import type { EntityManager } from 'typeorm';
import type { AskEntity } from '../ask/ask.entity.js';
import type { OpenProposals } from '../ask/ask.service.js';
import { orThrow } from '../common/errors.js';
import { SchedulingProposalEntity, SchedulingSlotEntity } from './scheduling.entity.js';

/**
 * The one place where stored proposal rows become the domain's proposal and
 * back. The slots are rows; the domain reads their instants (strings on some
 * drivers) through proposalFromRecord, so openSlots and pickSlot always get
 * dates. The contact and the seeker are the ask's.
 */
export function proposalOf(
  row: SchedulingProposalEntity,
  slots: readonly SchedulingSlotEntity[],
  ask: Pick<AskEntity, 'ownerId' | 'contactId'>,
): SlotProposal {
  const slot = (s: SchedulingSlotEntity) => ({
    id: s.id,
    offeredBy: s.offeredBy,
    startsAt: s.startsAt,
    durationMinutes: s.durationMinutes,
    timeZone: s.timeZone,
  });
  return orThrow(
    proposalFromRecord({
      id: row.id,
      requestId: row.askId,
      seekerId: ask.ownerId,
      contactId: ask.contactId,
      status: row.status,
      timeZone: row.timeZone,
      businessHours: {
        days: row.businessDays.split(',').map(Number),
        opensAt: row.opensAt,
        closesAt: row.closesAt,
      },
      location: { kind: row.locationKind, details: row.locationDetails },
      slots: slots.filter((s) => s.offeredBy === 'SEEKER').map(slot),
      counterSlot: slots.filter((s) => s.offeredBy === 'CONTACT').map(slot)[0] ?? null,
      chosenSlotId: row.chosenSlotId,
      proposedAt: row.proposedAt,
      statusChangedAt: row.statusChangedAt,
    }),
  );
}

/** The columns a proposal's status change writes. */
function statusColumns(proposal: SlotProposal) {
  return {
    status: proposal.status,
    chosenSlotId: proposal.chosenSlotId,
    statusChangedAt: proposal.statusChangedAt,
  };
}

export class ProposalStore implements OpenProposals {
  async load(manager: EntityManager, id: string) {
    const row = await manager.getRepository(SchedulingProposalEntity).findOneBy({ id });
    const slots = row
      ? await manager.getRepository(SchedulingSlotEntity).findBy({ proposalId: id })
      : [];
    return { row, slots };
  }

  /** Every proposal of an ask, newest first, with only what the domain's checks need. */
  forAsk(manager: EntityManager, askId: string) {
    return manager.getRepository(SchedulingProposalEntity).find({
      where: { askId },
      select: { id: true, status: true },
      order: { proposedAt: 'DESC', id: 'DESC' },
    });
  }

  async openForAsk(manager: EntityManager, askId: string): Promise<SlotProposal | null> {
    const open = (await this.forAsk(manager, askId)).find((p) => isOpenProposal(p.status));
    if (!open) return null;
    const { row, slots } = await this.load(manager, open.id);
    const ask = await manager
      .createQueryBuilder()
      .select(['a.owner_id AS "ownerId"', 'a.contact_id AS "contactId"'])
      .from('asks', 'a')
      .where('a.id = :askId', { askId })
      .getRawOne<{ ownerId: string; contactId: string }>();
    return proposalOf(row!, slots, ask!);
  }

  async saveStatus(manager: EntityManager, proposal: SlotProposal): Promise<void> {
    await manager.update(SchedulingProposalEntity, { id: proposal.id }, statusColumns(proposal));
  }

  /** A new proposal with its offered times. */
  async insert(manager: EntityManager, proposal: SlotProposal): Promise<void> {
    await manager.insert(SchedulingProposalEntity, {
      id: proposal.id,
      ownerId: proposal.seekerId,
      askId: proposal.requestId,
      timeZone: proposal.timeZone,
      businessDays: proposal.businessHours.days.join(','),
      opensAt: proposal.businessHours.opensAt,
      closesAt: proposal.businessHours.closesAt,
      locationKind: proposal.location.kind,
      locationDetails: proposal.location.details,
      meetingId: null,
      replyNote: null,
      proposedAt: proposal.proposedAt,
      ...statusColumns(proposal),
    });
    await this.writeSlots(manager, proposal);
  }

  /** The proposal's status and its slot rows as the domain now has them (revised or countered). */
  async replaceSlots(manager: EntityManager, proposal: SlotProposal): Promise<void> {
    await this.saveStatus(manager, proposal);
    await manager.delete(SchedulingSlotEntity, { proposalId: proposal.id });
    await this.writeSlots(manager, proposal);
  }

  private async writeSlots(manager: EntityManager, proposal: SlotProposal): Promise<void> {
    const rows = [...proposal.slots, ...(proposal.counterSlot ? [proposal.counterSlot] : [])];
    if (rows.length === 0) return;
    await manager.insert(
      SchedulingSlotEntity,
      rows.map((slot) => ({ ...slot, proposalId: proposal.id })),
    );
  }
}
