import { randomUUID } from 'node:crypto';
import {
  acceptCounterProposal,
  checkSchedulingLink,
  checkTimeZone,
  chosenSlot,
  counterPropose,
  declineProposal,
  describeSlotTime,
  firstNameOf,
  openSlots,
  optionalText,
  pickSlot,
  proposeSlots,
  requestedMinutes,
  reviseSlots,
  withdrawProposal,
  type ProposalStatus,
  type ProposedSlot,
  type SlotProposal,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AskEntity } from '../ask/ask.entity.js';
import { SEEKER_ASK, toRequest, writeAskStatus } from '../ask/ask.service.js';
import { seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, orThrow, RuleBrokenError } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import { readable, writable, type OwnershipRule } from '../common/ownership.js';
import { writeTransaction } from '../common/transaction.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import type { MeetingService } from '../meeting/meeting.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import { UserEntity } from '../user/user.entity.js';
import { ProposalStore, proposalOf } from './proposal-store.js';
import { issueReplyLink, replyTokenHash, type IssuedLink } from './reply-link.js';
import { SchedulingLinkEntity, SchedulingProposalEntity } from './scheduling.entity.js';

/** A seeker's time proposals: theirs to run; staff read them to coach, as meetings. */
export const SEEKER_PROPOSAL: OwnershipRule = { what: 'That time proposal', staff: 'read' };

/** The most a contact may write when declining. */
export const REPLY_NOTE_MAX = 1000;

export interface LocationInput {
  kind: string;
  details?: string | null;
}

export interface ProposeInput {
  askId: string;
  slots: readonly Date[];
  durationMinutes?: number | null;
  /** The contact's zone; the times are checked against their business hours there. */
  timeZone: string;
  location?: LocationInput | null;
}

export interface ReviseInput {
  slots: readonly Date[];
  durationMinutes?: number | null;
}

/** A proposal with the link the seeker sends; the token is never shown again. */
export interface ProposalWithLink extends IssuedLink {
  proposal: SchedulingProposalEntity;
}

/**
 * What the contact's page shows, and all it shows: the seeker's first name,
 * the times, the length and the place of this one meeting.
 */
export interface SchedulingReplyView {
  status: ProposalStatus;
  seekerFirstName: string;
  durationMinutes: number;
  timeZone: string;
  locationKind: SlotProposal['location']['kind'];
  locationDetails: string | null;
  /** The seeker's times still ahead, while the proposal waits for the contact. */
  slots: ProposedSlot[];
  chosenSlot: ProposedSlot | null;
  counterSlot: ProposedSlot | null;
  expiresAt: Date;
}

/** The seeker's times as slot inputs, each with its new row id. */
const slotInputs = (times: readonly Date[]) =>
  times.map((startsAt) => ({ id: randomUUID(), startsAt }));

/** The answer recorded in the ask's history when the contact answers through the link. */
const historyNote = {
  picked: (slot: ProposedSlot) =>
    `Picked ${describeSlotTime(slot.startsAt, slot.timeZone)} (${slot.timeZone}) through your scheduling link.`,
  countered: (slot: ProposedSlot) =>
    `Offered ${describeSlotTime(slot.startsAt, slot.timeZone)} (${slot.timeZone}) instead, through your scheduling link.`,
  declined: (note: string | null) =>
    note
      ? `Declined through your scheduling link: “${note}”`
      : 'Declined through your scheduling link.',
};

export class SchedulingService {
  private readonly store = new ProposalStore();

  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly meetings: MeetingService,
  ) {}

  async get(actor: Actor, id: string): Promise<SchedulingProposalEntity> {
    return readable(
      actor,
      await this.dataSource.getRepository(SchedulingProposalEntity).findOneBy({ id }),
      SEEKER_PROPOSAL,
    );
  }

  /** The seeker offers 1–5 times on an ask still open (asked or accepted) and gets the link. */
  async propose(actor: Actor, input: ProposeInput, now: Date): Promise<ProposalWithLink> {
    if (seekerIdOf(actor) === null) throw new ForbiddenError('Only job seekers propose times.');
    const askId = fromGlobalId(input.askId, 'Ask');
    // Checked here under the input's own name; the domain calls it contactTimeZone.
    const timeZone = orThrow(checkTimeZone(input.timeZone, 'timeZone'));
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const ask = writable(
          actor,
          await manager.getRepository(AskEntity).findOneBy({ id: askId }),
          SEEKER_ASK,
        );
        const proposal = orThrow(
          proposeSlots({
            id: randomUUID(),
            request: toRequest(ask),
            slots: slotInputs(input.slots),
            durationMinutes: input.durationMinutes,
            contactTimeZone: timeZone,
            location: input.location,
            proposalsForRequest: await this.store.forAsk(manager, askId),
            meetingsForRequest: await manager
              .getRepository(MeetingEntity)
              .find({ where: { askId }, select: { id: true, status: true } }),
            now,
            settings: await this.settings.current(manager),
          }),
        );
        await this.store.insert(manager, proposal);
        return this.withLink(manager, proposal, now);
      },
      [`ask:${askId}`],
    );
  }

  /** After the contact offered another time: new times of the seeker's own, with a new link. */
  async revise(actor: Actor, id: string, input: ReviseInput, now: Date): Promise<ProposalWithLink> {
    return this.change(actor, id, async (manager, current) => {
      const revised = orThrow(
        reviseSlots({
          proposal: current,
          slots: slotInputs(input.slots),
          durationMinutes: input.durationMinutes,
          now,
          settings: await this.settings.current(manager),
        }),
      );
      await this.store.replaceSlots(manager, revised);
      return this.withLink(manager, revised, now);
    });
  }

  /**
   * A fresh link for times still waiting on the contact (the first one was
   * lost, say); the earlier link stops opening.
   */
  async renewLink(actor: Actor, id: string, now: Date): Promise<ProposalWithLink> {
    return this.change(actor, id, async (manager, current) => {
      if (current.status !== 'PROPOSED') {
        throw new RuleBrokenError(
          'SCHEDULING.LINK_CLOSED',
          'These times are no longer waiting for the contact, so there is no link to renew.',
        );
      }
      if (openSlots(current, now).length === 0) {
        throw new RuleBrokenError(
          'SCHEDULING.SLOT_IN_PAST',
          'Every time you offered has passed. Withdraw them and offer new times instead.',
        );
      }
      return this.withLink(manager, current, now);
    });
  }

  /** The seeker takes the time the contact offered: the meeting is booked. */
  async acceptCounter(actor: Actor, id: string, now: Date): Promise<MeetingEntity> {
    return this.change(actor, id, async (manager, current, ask) => {
      const outcome = orThrow(
        acceptCounterProposal({
          request: toRequest(ask),
          proposal: current,
          meetingId: randomUUID(),
          meetingsForRequest: await this.meetingsOf(manager, ask.id),
          now,
        }),
      );
      await writeAskStatus(manager, ask, outcome.request, null);
      const meeting = await this.meetings.insert(manager, outcome.meeting, now);
      await this.store.saveStatus(manager, outcome.proposal);
      await manager.update(SchedulingProposalEntity, { id }, { meetingId: meeting.id });
      return meeting;
    });
  }

  /** The seeker takes the times back; the link then says they are no longer offered. */
  async withdraw(actor: Actor, id: string, now: Date): Promise<SchedulingProposalEntity> {
    return this.change(actor, id, async (manager, current) => {
      await this.store.saveStatus(manager, orThrow(withdrawProposal(current, now)));
      return this.reread(manager, id);
    });
  }

  /** What the contact's page shows, if the link still opens. */
  async view(token: string, now: Date): Promise<SchedulingReplyView> {
    const manager = this.dataSource.manager;
    const found = await this.openLink(manager, token, now);
    return this.viewOf(manager, found.proposal, found.link, found.ask, now);
  }

  /** The contact picks one of the offered times: the ask is accepted and the meeting booked. */
  async acceptSlot(token: string, slotId: string, now: Date): Promise<SchedulingReplyView> {
    const rawSlotId = fromGlobalId(slotId, 'ProposedSlot');
    return this.answer(token, now, async (manager, proposal, ask) => {
      const outcome = orThrow(
        pickSlot({
          request: toRequest(ask),
          proposal,
          slotId: rawSlotId,
          meetingId: randomUUID(),
          meetingsForRequest: await this.meetingsOf(manager, ask.id),
          now,
        }),
      );
      const slot = chosenSlot(outcome.proposal)!;
      await writeAskStatus(manager, ask, outcome.request, historyNote.picked(slot));
      const meeting = await this.meetings.insert(manager, outcome.meeting, now);
      await this.store.saveStatus(manager, outcome.proposal);
      await manager.update(
        SchedulingProposalEntity,
        { id: proposal.id },
        { meetingId: meeting.id },
      );
      return outcome.proposal;
    });
  }

  /** The contact offers a time of their own; the seeker answers it. */
  async counter(token: string, startsAt: Date, now: Date): Promise<SchedulingReplyView> {
    return this.answer(token, now, async (manager, proposal, ask) => {
      const outcome = orThrow(
        counterPropose({
          request: toRequest(ask),
          proposal,
          slotId: randomUUID(),
          startsAt,
          now,
        }),
      );
      await writeAskStatus(
        manager,
        ask,
        outcome.request,
        historyNote.countered(outcome.proposal.counterSlot!),
      );
      await this.store.replaceSlots(manager, outcome.proposal);
      return outcome.proposal;
    });
  }

  /** The contact says no, politely, perhaps with a word; the ask is declined if it was not accepted. */
  async decline(
    token: string,
    note: string | null | undefined,
    now: Date,
  ): Promise<SchedulingReplyView> {
    const checked = orThrow(
      optionalText(note, {
        field: 'note',
        label: 'The note',
        max: REPLY_NOTE_MAX,
        code: 'REQUEST.INVALID_MESSAGE',
      }),
    );
    return this.answer(token, now, async (manager, proposal, ask) => {
      const outcome = orThrow(declineProposal({ request: toRequest(ask), proposal, now }));
      await writeAskStatus(manager, ask, outcome.request, historyNote.declined(checked));
      await this.store.saveStatus(manager, outcome.proposal);
      await manager.update(SchedulingProposalEntity, { id: proposal.id }, { replyNote: checked });
      return outcome.proposal;
    });
  }

  /**
   * One of the seeker's moves on their proposal, in a transaction with the
   * ask locked (as booking and recording an answer lock it).
   */
  private async change<T>(
    actor: Actor,
    id: string,
    work: (manager: EntityManager, current: SlotProposal, ask: AskEntity) => Promise<T>,
  ): Promise<T> {
    const owned = await this.dataSource
      .getRepository(SchedulingProposalEntity)
      .findOne({ where: { id }, select: { id: true, ownerId: true, askId: true } });
    writable(actor, owned, SEEKER_PROPOSAL);
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const { row, slots } = await this.store.load(manager, id);
        const current = writable(actor, row, SEEKER_PROPOSAL);
        const ask = await manager.getRepository(AskEntity).findOneByOrFail({ id: current.askId });
        return work(manager, proposalOf(current, slots, ask), ask);
      },
      [`ask:${owned!.askId}`],
    );
  }

  /**
   * The contact's answer through a link: the ask is locked, the link checked
   * again inside the transaction (so of two answers at once only the first
   * counts) and marked used with the answer.
   */
  private async answer(
    token: string,
    now: Date,
    work: (manager: EntityManager, proposal: SlotProposal, ask: AskEntity) => Promise<SlotProposal>,
  ): Promise<SchedulingReplyView> {
    const { ask: before } = await this.openLink(this.dataSource.manager, token, now);
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const { link, proposal, ask } = await this.openLink(manager, token, now);
        const answered = await work(manager, proposal, ask);
        await manager.update(SchedulingLinkEntity, { id: link.id }, { usedAt: now });
        return this.viewOf(manager, answered, link, ask, now);
      },
      [`ask:${before.id}`],
    );
  }

  /** The link behind a token with its proposal and ask, if it still opens; the reason if not. */
  private async openLink(manager: EntityManager, token: string, now: Date) {
    const hash = replyTokenHash(token);
    const link = hash
      ? await manager.getRepository(SchedulingLinkEntity).findOneBy({ tokenHash: hash })
      : null;
    if (!link) {
      throw new RuleBrokenError(
        'SCHEDULING.LINK_UNKNOWN',
        'This link does not lead anywhere. Check that the whole address was copied from the email.',
      );
    }
    const { row, slots } = await this.store.load(manager, link.proposalId);
    const ask = await manager.getRepository(AskEntity).findOneByOrFail({ id: row!.askId });
    const proposal = proposalOf(row!, slots, ask);
    orThrow(checkSchedulingLink(link, proposal.status, now));
    return { link, proposal, ask };
  }

  private async viewOf(
    manager: EntityManager,
    proposal: SlotProposal,
    link: SchedulingLinkEntity,
    ask: AskEntity,
    now: Date,
  ): Promise<SchedulingReplyView> {
    const seeker = await manager
      .getRepository(UserEntity)
      .findOneOrFail({ where: { id: ask.ownerId }, select: { id: true, name: true } });
    return {
      status: proposal.status,
      seekerFirstName: firstNameOf(seeker.name),
      durationMinutes: requestedMinutes(proposal),
      timeZone: proposal.timeZone,
      locationKind: proposal.location.kind,
      locationDetails: proposal.location.details,
      slots: openSlots(proposal, now),
      chosenSlot: chosenSlot(proposal),
      counterSlot: proposal.counterSlot,
      expiresAt: link.expiresAt,
    };
  }

  private async withLink(
    manager: EntityManager,
    proposal: SlotProposal,
    now: Date,
  ): Promise<ProposalWithLink> {
    const link = await issueReplyLink(manager, proposal, now);
    return { ...link, proposal: await this.reread(manager, proposal.id) };
  }

  private reread(manager: EntityManager, id: string) {
    return manager.getRepository(SchedulingProposalEntity).findOneByOrFail({ id });
  }

  private meetingsOf(manager: EntityManager, askId: string) {
    return manager
      .getRepository(MeetingEntity)
      .find({ where: { askId }, select: { id: true, status: true } });
  }
}
