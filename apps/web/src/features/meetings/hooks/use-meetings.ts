import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import {
  CancelMeetingDocument,
  CompleteMeetingDocument,
  MarkMeetingNoShowDocument,
  MeetingDocument,
  MyMeetingsDocument,
  RescheduleMeetingDocument,
} from '../../../gql/documents/features/meetings/api/meetings';
import type { RescheduleMeetingInput } from '../../../gql/graphql';

export const PAGE_SIZE = 20;

/**
 * One of the two meeting lists a page at a time: what is coming up (still
 * scheduled, soonest first) or what is over (latest first).
 */
export function useMeetingList(which: 'upcoming' | 'past') {
  const { nodes, ...list } = useConnectionQuery(MyMeetingsDocument, {
    variables:
      which === 'upcoming'
        ? { first: PAGE_SIZE, status: 'SCHEDULED' as const }
        : { first: PAGE_SIZE, past: true },
    connection: (data) => data.myMeetings,
  });
  return { ...list, meetings: nodes };
}

export function useMeeting(id: string) {
  const { data, loading, error, refetch } = useQuery(MeetingDocument, { variables: { id } });
  return { meeting: data?.meeting ?? null, loading, error, retry: () => void refetch() };
}

// Both lists move when a meeting changes status or time.
const STALE_LISTS = { refetchQueries: ['MyMeetings'] };

export function useMeetingActions(id: string) {
  const [reschedule] = useMutation(RescheduleMeetingDocument, STALE_LISTS);
  const [cancel, cancelling] = useMutation(CancelMeetingDocument, STALE_LISTS);
  const [complete, completing] = useMutation(CompleteMeetingDocument, STALE_LISTS);
  const [noShow, markingNoShow] = useMutation(MarkMeetingNoShowDocument, STALE_LISTS);
  return {
    reschedule: (input: RescheduleMeetingInput) => reschedule({ variables: { id, input } }),
    cancel: () => cancel({ variables: { id } }),
    complete: () => complete({ variables: { id } }),
    markNoShow: () => noShow({ variables: { id } }),
    busy: cancelling.loading || completing.loading || markingNoShow.loading,
  };
}

/** Whether `startsAt` has come, turning true by itself when it does (while the page is open). */
export function useHasStarted(startsAt: string): boolean {
  const start = new Date(startsAt).getTime();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const wait = start - now;
    if (wait <= 0) return;
    // Timers cap at about 24.8 days; checking again then is enough.
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [start, now]);
  return now >= start;
}
