import { formatDate } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { shouldSuggestNextContact } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Badge, type BadgeTone } from '@rapport/ui/badge';
import { Card } from '@rapport/ui/card';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { ASK_FORM_ID } from '../../../config/paths';
import type { AskStatus } from '../../../gql/graphql';
import { useContactAsk } from '../hooks/use-contact-ask';
import { CHANNEL_PHRASES, STATUS_LABELS } from '../utils/ask-labels';
import type { AskRefusal } from '../utils/ask-refusal';
import { AskForm } from './ask-form';
import { AskHistory } from './ask-history';
import { AskOutcome } from './ask-outcome';
import { AskRefusalNotice } from './ask-refusal-notice';
import { AskScripts } from './ask-scripts';
import { SuggestedNextContacts } from './suggested-next-contacts';
import './asks.css';

const STATUS_TONES: Record<AskStatus, BadgeTone> = {
  ASKED: 'info',
  ACCEPTED: 'success',
  DECLINED: 'warning',
  NO_RESPONSE: 'neutral',
  WITHDRAWN: 'neutral',
};

const RECORDED: Record<AskStatus, string> = {
  ASKED: 'Your ask is recorded.',
  ACCEPTED: 'Recorded: they said yes. Well done.',
  DECLINED: 'Recorded: they said no. Here is who to ask next.',
  NO_RESPONSE: 'Recorded: no answer. Here is who to ask next.',
  WITHDRAWN: 'Recorded: you withdrew your ask.',
};

/**
 * This seeker's ask of one contact: the scripts and the form before asking;
 * afterwards the ask, its history, the answers it can still take and, after
 * a no or no answer, who to ask next.
 */
export function AskPanel({ contactId }: { contactId: string }) {
  const { contact, loading, error, retry } = useContactAsk(contactId);
  const location = useLocation();
  const [announcement, setAnnouncement] = useState('');
  const [refusal, setRefusal] = useState<AskRefusal | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const ask = contact?.myAsk ?? null;

  // A suggestion links here with #ask: bring the form into view once it exists.
  const formShown = contact !== null && ask === null && !contact.doNotContact;
  useEffect(() => {
    if (!formShown || location.hash !== `#${ASK_FORM_ID}`) return;
    document.getElementById(ASK_FORM_ID)?.scrollIntoView({ block: 'start' });
  }, [formShown, location.hash]);

  return (
    <Card as="section" aria-labelledby="ask-panel-title" className="ask-panel">
      <h2 id="ask-panel-title" className="ask-panel__title" ref={titleRef} tabIndex={-1}>
        Your ask
      </h2>
      {/* Present from the first render, so screen readers hear what each answer changed. */}
      <p role="status" className="rp-visually-hidden">
        {announcement}
      </p>
      {loading && !contact ? <LoadingIndicator label="Loading your ask…" /> : null}
      {error && !contact ? (
        <RetryAlert
          title="Your ask could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {refusal ? <AskRefusalNotice refusal={refusal} /> : null}
      {contact && ask ? (
        <>
          <p className="ask-summary">
            <Badge tone={STATUS_TONES[ask.status]}>{STATUS_LABELS[ask.status]}</Badge>
            <span>
              You asked {contact.fullName} {CHANNEL_PHRASES[ask.channel]} on{' '}
              <time dateTime={ask.askedAt}>{formatDate(ask.askedAt)}</time>.
            </span>
          </p>
          {ask.note ? <p className="ask-summary__note">{ask.note}</p> : null}
          <AskOutcome ask={ask} onRecorded={(status) => setAnnouncement(RECORDED[status])} />
          {shouldSuggestNextContact(ask.status) ? <SuggestedNextContacts /> : null}
          <AskHistory ask={ask} />
        </>
      ) : null}
      {contact && !ask && contact.doNotContact ? (
        <Alert tone="warning" title="Please don’t contact this person">
          <p>
            The agency has asked that nobody contact {contact.fullName}. Choose someone else at the
            company, or ask the agency if you think this is a mistake.
          </p>
        </Alert>
      ) : null}
      {contact && !ask && !contact.doNotContact ? (
        <>
          <AskScripts contact={contact} />
          <AskForm
            id={ASK_FORM_ID}
            contactId={contact.id}
            contactName={contact.fullName}
            onAsked={() => {
              setAnnouncement(RECORDED.ASKED);
              // The form is gone; the ask that replaced it is where to carry on.
              titleRef.current?.focus();
            }}
            onRefused={(refused) => {
              setRefusal(refused);
              // Asked before (perhaps in another tab): show that ask in place of the form.
              if (refused.code === 'REQUEST.ALREADY_ASKED') retry();
            }}
          />
        </>
      ) : null}
    </Card>
  );
}
