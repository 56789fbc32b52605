import { useMutation } from '@apollo/client/react';
import {
  AcceptCounterProposalDocument,
  ProposeMeetingTimesDocument,
  RenewSchedulingLinkDocument,
  ReviseMeetingTimesDocument,
  ScheduleMeetingDocument,
  WithdrawMeetingTimesDocument,
} from '../../../gql/documents/features/scheduling/api/scheduling';
import type { ProposeMeetingTimesInput, ScheduleMeetingInput } from '../../../gql/graphql';

// The meetings list and the ask's own panel change when a meeting is booked.
const STALE_AFTER_BOOKING = ['MyMeetings', 'ContactAsk', 'SeekerDashboard'];

/** A link the contact can answer, as the API hands it over once. */
export interface IssuedLink {
  token: string;
  expiresAt: string;
}

export function useProposeMeetingTimes() {
  const [mutate] = useMutation(ProposeMeetingTimesDocument, { refetchQueries: ['ContactAsk'] });
  return async (input: ProposeMeetingTimesInput): Promise<IssuedLink> => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('Offering the times returned nothing.');
    return data.proposeMeetingTimes;
  };
}

export function useReviseMeetingTimes() {
  const [mutate] = useMutation(ReviseMeetingTimesDocument);
  return async (
    id: string,
    input: { slots: string[]; durationMinutes: number },
  ): Promise<IssuedLink> => {
    const { data } = await mutate({ variables: { id, input } });
    if (!data) throw new Error('Offering new times returned nothing.');
    return data.reviseMeetingTimes;
  };
}

export function useRenewSchedulingLink() {
  const [mutate, { loading }] = useMutation(RenewSchedulingLinkDocument);
  const renew = async (id: string): Promise<IssuedLink> => {
    const { data } = await mutate({ variables: { id } });
    if (!data) throw new Error('Making a new link returned nothing.');
    return data.renewSchedulingLink;
  };
  return { renew, loading };
}

export function useWithdrawMeetingTimes() {
  const [mutate, { loading }] = useMutation(WithdrawMeetingTimesDocument);
  return { withdraw: (id: string) => mutate({ variables: { id } }), loading };
}

export function useAcceptCounterProposal() {
  const [mutate, { loading }] = useMutation(AcceptCounterProposalDocument, {
    refetchQueries: STALE_AFTER_BOOKING,
  });
  return { accept: (id: string) => mutate({ variables: { id } }), loading };
}

export function useScheduleMeeting() {
  const [mutate] = useMutation(ScheduleMeetingDocument, { refetchQueries: STALE_AFTER_BOOKING });
  return async (input: ScheduleMeetingInput) => {
    const { data } = await mutate({ variables: { input } });
    if (!data) throw new Error('Booking the meeting returned nothing.');
    return data.scheduleMeeting;
  };
}
