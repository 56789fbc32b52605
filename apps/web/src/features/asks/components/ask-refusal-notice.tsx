import { formatDate } from '@rapport/client/format';
import { Alert } from '@rapport/ui/alert';
import { useEffect, useRef } from 'react';
import type { AskRefusal } from '../utils/ask-refusal';
import { NextContactList } from './next-contacts';

const TITLES: Record<AskRefusal['code'], string> = {
  'REQUEST.ALREADY_ASKED': 'You have already asked this person',
  'REQUEST.DO_NOT_CONTACT': 'Please don’t contact this person',
  'REQUEST.THROTTLED': 'This person has been asked enough for now',
};

/** Why the ask was not recorded, in the API's words, and who to ask instead. */
export function AskRefusalNotice({ refusal }: { refusal: AskRefusal }) {
  const ref = useRef<HTMLDivElement>(null);

  // The refusal replaces what the seeker was doing; reading it is the next step.
  useEffect(() => {
    ref.current?.focus();
  }, [refusal]);

  return (
    <div ref={ref} tabIndex={-1} className="ask-refusal">
      <Alert tone="warning" title={TITLES[refusal.code]}>
        <p>{refusal.message}</p>
        {refusal.firstAskedAt ? (
          <p>
            Your first ask:{' '}
            <time dateTime={refusal.firstAskedAt}>{formatDate(refusal.firstAskedAt)}</time>.
          </p>
        ) : null}
      </Alert>
      {refusal.suggestions.length > 0 ? (
        <>
          <h3 className="ask-section__subtitle">Ask one of these people instead</h3>
          <NextContactList items={refusal.suggestions} label="People to ask instead" />
        </>
      ) : null}
    </div>
  );
}
