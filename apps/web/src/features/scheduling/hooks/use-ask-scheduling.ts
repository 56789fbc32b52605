import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { AskSchedulingDocument } from '../../../gql/documents/features/scheduling/api/scheduling';

/** How often to look for the contact's answer while they have the link. */
const WAITING_POLL_MS = 5_000;

/**
 * The seeker's ask of a contact with its time proposal and meeting. While
 * the contact has the link, it asks again every few seconds and whenever the
 * tab comes back into view, so their answer shows up at once.
 */
export function useAskScheduling(contactId: string) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(
    AskSchedulingDocument,
    { variables: { contactId } },
  );
  const ask = data?.contact?.myAsk ?? null;
  const waiting = ask?.schedulingProposal?.status === 'PROPOSED';

  useEffect(() => {
    if (!waiting) return;
    startPolling(WAITING_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      stopPolling();
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [waiting, startPolling, stopPolling, refetch]);

  return {
    contactName: data?.contact?.fullName ?? '',
    ask,
    loading,
    error,
    retry: () => void refetch(),
  };
}
