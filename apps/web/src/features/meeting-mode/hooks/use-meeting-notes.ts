import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  EditMeetingFreeNotesDocument,
  EditMeetingQuestionNoteDocument,
  MarkMeetingQuestionDocument,
  StartMeetingNotesDocument,
} from '../../../gql/documents/features/meeting-mode/api/meeting-mode';
import { FREE_NOTES, NotesSync, type NotesTransport, type SendResult } from '../utils/notes-sync';

/** Codes that mean "not now" rather than "no": the edit stays pending and is sent again. */
const TRY_AGAIN = new Set(['INTERNAL_SERVER_ERROR', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED']);

async function attempt<T>(run: () => Promise<T>): Promise<SendResult<T>> {
  try {
    return { kind: 'saved', value: await run() };
  } catch (error) {
    if (CombinedGraphQLErrors.is(error) && !TRY_AGAIN.has(errorCode(error) ?? '')) {
      return { kind: 'refused', message: messageFor(error) };
    }
    return { kind: 'unsent' };
  }
}

type Client = ReturnType<typeof useApolloClient>;

function transportFor(client: Client, meetingId: string): NotesTransport {
  return {
    saveNote: (key, edit) =>
      attempt(async () => {
        if (key === FREE_NOTES) {
          const { data } = await client.mutate({
            mutation: EditMeetingFreeNotesDocument,
            variables: { input: { meetingId, ...edit } },
            fetchPolicy: 'no-cache',
          });
          return data!.editMeetingFreeNotes;
        }
        const { data } = await client.mutate({
          mutation: EditMeetingQuestionNoteDocument,
          variables: { input: { meetingId, questionId: key.slice(2), ...edit } },
          fetchPolicy: 'no-cache',
        });
        return data!.editMeetingQuestionNote;
      }),
    markQuestion: (questionId, tick) =>
      attempt(async () => {
        const { data } = await client.mutate({
          mutation: MarkMeetingQuestionDocument,
          variables: { input: { meetingId, questionId, ...tick } },
          fetchPolicy: 'no-cache',
        });
        return data!.markMeetingQuestion.question;
      }),
  };
}

export type StartProblem = { kind: 'not-found' } | { kind: 'failed'; message: string };

/**
 * Meeting mode's notes: what the device holds at once, then the server's,
 * kept in step as the seeker types (see utils/notes-sync.ts).
 */
export function useMeetingNotes(meetingId: string) {
  const client = useApolloClient();
  // The page is keyed by the meeting, so one sync serves it for its whole life.
  const [sync] = useState(
    () =>
      new NotesSync({
        meetingId,
        storage: window.localStorage,
        transport: transportFor(client, meetingId),
        online: navigator.onLine,
      }),
  );
  const view = useSyncExternalStore(sync.subscribe, sync.getView);
  const [problem, setProblem] = useState<StartProblem | null>(null);
  const [attempts, setAttempts] = useState(0);
  const loaded = useRef(false);

  useEffect(() => {
    sync.resume();
    const online = () => {
      sync.setOnline(true);
      // Only when meeting mode could not open yet: pending saves go by themselves.
      if (!loaded.current) setAttempts((n) => n + 1);
    };
    const offline = () => sync.setOnline(false);
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    return () => {
      sync.stop();
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
    };
  }, [sync]);

  // Opening meeting mode: the server's notes (started the first time). Tried
  // again when the network returns, or when asked.
  useEffect(() => {
    let current = true;
    client
      .mutate({
        mutation: StartMeetingNotesDocument,
        variables: { meetingId },
        fetchPolicy: 'no-cache',
      })
      .then(({ data }) => {
        if (!current || !data) return;
        loaded.current = true;
        setProblem(null);
        sync.load(data.startMeetingNotes);
      })
      .catch((error: unknown) => {
        if (!current) return;
        const code = errorCode(error);
        setProblem(
          code === 'NOT_FOUND' || code === 'BAD_USER_INPUT'
            ? { kind: 'not-found' }
            : { kind: 'failed', message: messageFor(error) },
        );
      });
    return () => {
      current = false;
    };
  }, [client, sync, meetingId, attempts]);

  const retry = useCallback(() => setAttempts((n) => n + 1), []);
  return { sync, view, problem, retry };
}
