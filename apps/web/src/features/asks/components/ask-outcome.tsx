import { describeError } from '@rapport/client/graphql-errors';
import { REQUEST_TRANSITIONS } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { useState } from 'react';
import type { AskDetailFragment, AskStatus } from '../../../gql/graphql';
import { useRecordAskOutcome } from '../hooks/use-ask-mutations';
import { OUTCOME_ACTIONS } from '../utils/ask-labels';

/**
 * The answers this ask can still take. The buttons come from the domain's
 * transition table, the same one the API enforces, so a move the API would
 * refuse is never offered.
 */
export function AskOutcome({
  ask,
  onRecorded,
}: {
  ask: AskDetailFragment;
  /** Told the new status once the API has it. */
  onRecorded: (status: AskStatus) => void;
}) {
  const { recordOutcome, loading } = useRecordAskOutcome();
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<AskStatus | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const moves = REQUEST_TRANSITIONS[ask.status];
  if (moves.length === 0) return null;

  async function record(status: AskStatus) {
    setPending(status);
    setProblem(null);
    try {
      await recordOutcome(ask.id, status, note.trim() || null);
      setNote('');
      onRecorded(status);
    } catch (error) {
      setProblem(describeError(error, []).formError);
    } finally {
      setPending(null);
    }
  }

  return (
    <section aria-labelledby="ask-outcome-title" className="ask-section">
      <h3 id="ask-outcome-title" className="ask-section__title">
        {ask.status === 'NO_RESPONSE' ? 'Did they answer after all?' : 'How did they answer?'}
      </h3>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="Note about the answer"
        optional
        hint="For example: “Happy to meet next week in her office.”"
        value={note}
        maxLength={2000}
        onChange={(event) => setNote(event.target.value)}
      />
      <div className="ask-outcome__buttons" role="group" aria-label="Record the answer">
        {moves.map((status) => (
          <Button
            key={status}
            variant={status === 'ACCEPTED' ? 'primary' : 'secondary'}
            busy={pending === status}
            disabled={loading}
            onClick={() => void record(status)}
          >
            {OUTCOME_ACTIONS[status]}
          </Button>
        ))}
      </div>
    </section>
  );
}
