import { messageFor } from '@rapport/client/graphql-errors';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useNextContacts } from '../hooks/use-next-contacts';
import { NextContactList } from './next-contacts';

/** After a no or no answer: who to ask next, fetched the moment the answer is recorded. */
export function SuggestedNextContacts() {
  const { suggestions, loading, error, retry } = useNextContacts();
  return (
    <section aria-labelledby="next-contacts-title" className="ask-section ask-next">
      <h3 id="next-contacts-title" className="ask-section__title">
        Who to ask next
      </h3>
      <p className="muted ask-section__lead">
        Ask once, then move on: a no today still leaves many doors open.
      </p>
      {loading && !suggestions ? <LoadingIndicator label="Finding your next contacts…" /> : null}
      {error ? (
        <RetryAlert
          title="The suggestions could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {suggestions && suggestions.length === 0 ? (
        <p>
          Nobody new to suggest right now. Add your own contacts, or look through the companies for
          someone to ask.
        </p>
      ) : null}
      {suggestions && suggestions.length > 0 ? (
        <NextContactList
          label="People to ask next"
          items={suggestions.map((s) => ({
            contactId: s.contact.id,
            fullName: s.contact.fullName,
            reason: s.reason,
            detail: [s.contact.title, s.contact.company?.name].filter(Boolean).join(' · '),
          }))}
        />
      ) : null}
    </section>
  );
}
