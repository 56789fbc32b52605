import { formatDate, plural } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { PREFERRED_THANK_YOU_KIND, THANK_YOU_KIND_ADVICE } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { CardList, CardListItem } from '@rapport/ui/card-list';
import { CopyButton } from '@rapport/ui/copy-button';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { RadioGroup } from '@rapport/ui/radio-group';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { useState } from 'react';
import type { ThankYouCardItemFragment, ThankYouKind } from '../../../gql/graphql';
import {
  useMarkThankYouSent,
  useSentThankYouCards,
  useThankYouCards,
} from '../hooks/use-thank-you-cards';
import { CardAddress } from './card-address';
import { CardStateBadge, dueSentence } from './card-state';
import './thank-you.css';

const KIND_OPTIONS: { value: ThankYouKind; label: string }[] = [
  { value: 'HANDWRITTEN_CARD', label: 'A handwritten card (recommended)' },
  { value: 'EMAIL', label: 'An email' },
];

const SENT_LABELS: Record<ThankYouKind, string> = {
  HANDWRITTEN_CARD: 'Handwritten card',
  EMAIL: 'Email',
};

function ThankYouCardItem({ card }: { card: ThankYouCardItemFragment }) {
  const markSent = useMarkThankYouSent();
  const [kind, setKind] = useState<ThankYouKind>(PREFERRED_THANK_YOU_KIND);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = card.contact?.fullName ?? 'The person you met';
  const where = [card.contact?.title, card.contact?.company?.name].filter(Boolean).join(' at ');
  const draft = kind === 'EMAIL' ? card.email : card.card;
  const text = draft
    ? kind === 'EMAIL' && card.email?.subject
      ? `Subject: ${card.email.subject}\n\n${draft.body}`
      : draft.body
    : '';

  async function send() {
    setBusy(true);
    setProblem(null);
    try {
      await markSent(card.id, kind);
    } catch (error) {
      setProblem(messageFor(error));
      setBusy(false);
    }
  }

  return (
    <li className={`thank-you-card thank-you-card--${card.state.toLowerCase().replace('_', '-')}`}>
      <div className="thank-you-card__head">
        <h3 className="thank-you-card__name" tabIndex={-1}>
          {name}
        </h3>
        <CardStateBadge state={card.state} />
      </div>
      <p>
        {where ? `${where}. ` : ''}You met on{' '}
        <time dateTime={card.meeting.startsAt}>{formatDate(card.meeting.startsAt)}</time>.{' '}
        <strong>{dueSentence(card.state, card.dueOn)}</strong>
      </p>
      <div className="thank-you-card__body">
        <div className="thank-you-card__draft">
          <RadioGroup
            legend="Send it as"
            options={KIND_OPTIONS}
            value={kind}
            onChange={setKind}
            hint={THANK_YOU_KIND_ADVICE[kind].message}
          />
          <TextAreaField
            label={kind === 'EMAIL' ? 'A draft email' : 'A draft for the card'}
            hint="A start in your own voice: make it yours before you copy it."
            readOnly
            rows={9}
            value={text}
          />
          <CopyButton text={text} label="Copy the draft" />
        </div>
        <CardAddress card={card} />
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="thank-you-actions">
        <Button variant="primary" busy={busy} onClick={() => void send()}>
          {kind === 'EMAIL' ? 'I sent the email' : 'I mailed the card'}
        </Button>
      </div>
    </li>
  );
}

function SentCards() {
  const { sent, error } = useSentThankYouCards();
  return (
    <Card as="section" aria-labelledby="sent-title" className="thank-you-sent">
      <h2 id="sent-title" className="thank-you-sent__title">
        Sent
      </h2>
      {error ? <Alert tone="error">{messageFor(error)}</Alert> : null}
      {sent && sent.length === 0 ? <p className="muted">Nothing sent yet.</p> : null}
      {sent && sent.length > 0 ? (
        <CardList label="Thanks sent, latest first">
          {sent.map((card) => (
            <CardListItem
              key={card.id}
              headingLevel={3}
              title={card.contact?.fullName ?? 'Someone you met'}
              meta={
                <>
                  {card.kind ? SENT_LABELS[card.kind] : 'Sent'}
                  {card.sentAt ? (
                    <>
                      {' · '}
                      <time dateTime={card.sentAt}>{formatDate(card.sentAt)}</time>
                    </>
                  ) : null}
                </>
              }
            />
          ))}
        </CardList>
      ) : null}
    </Card>
  );
}

/** The cards to send, overdue first, with a draft and where to mail each; then those sent. */
export function ThankYouCardList() {
  const list = useThankYouCards();
  const overdue = list.cards.filter((card) => card.state === 'OVERDUE').length;
  const summary =
    list.totalCount === null
      ? ''
      : list.totalCount === 0
        ? 'No thank-you cards to send.'
        : `${plural(list.totalCount, 'card', 'cards')} to send${overdue > 0 ? `, ${overdue} overdue` : ''}.`;
  return (
    <div className="thank-you-page">
      <section aria-labelledby="to-send-title" className="thank-you-to-send">
        <h2 id="to-send-title" className="thank-you-to-send__title">
          To send
        </h2>
        <PagedList
          state={list}
          summary={summary}
          labels={{
            loading: 'Loading your thank-you cards…',
            failed: 'Your thank-you cards could not be loaded.',
            loadMore: 'Load more cards',
          }}
          itemSelector=".thank-you-card__name"
          empty={
            <EmptyState title="No cards to send" headingLevel={3}>
              When you mark a meeting completed, a thank-you card goes on this list, due two
              business days later.
            </EmptyState>
          }
        >
          {list.cards.length > 0 ? (
            <ol className="thank-you-cards" aria-label="Cards to send, overdue first">
              {list.cards.map((card) => (
                <ThankYouCardItem key={card.id} card={card} />
              ))}
            </ol>
          ) : null}
        </PagedList>
      </section>
      <SentCards />
    </div>
  );
}
