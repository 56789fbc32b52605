import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AskStatus, RecordAskInput } from '../../../gql/graphql';
import {
  RecordAskDocument,
  RecordAskOutcomeDocument,
} from '../../../gql/documents/features/asks/api/asks';

// The dashboard and the suggestions change with every ask and every answer;
// they are refetched if on screen and read fresh from the network next time.
const STALE_AFTER_ASKING = ['SeekerDashboard', 'NextContacts'];

export function useRecordAsk() {
  const [mutate] = useMutation(RecordAskDocument, { refetchQueries: STALE_AFTER_ASKING });
  return useCallback(
    async (input: RecordAskInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('Recording the ask returned nothing.');
      return data.recordAsk;
    },
    [mutate],
  );
}

export function useRecordAskOutcome() {
  const [mutate, { loading }] = useMutation(RecordAskOutcomeDocument, {
    refetchQueries: STALE_AFTER_ASKING,
  });
  const recordOutcome = useCallback(
    async (id: string, status: AskStatus, note: string | null) => {
      const { data } = await mutate({ variables: { id, status, note } });
      if (!data) throw new Error('Recording the answer returned nothing.');
      return data.recordAskOutcome;
    },
    [mutate],
  );
  return { recordOutcome, loading };
}
