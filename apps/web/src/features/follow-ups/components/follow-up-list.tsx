import { formatCalendarDate, plural } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { Alert } from '@rapport/ui/alert';
import { Button, buttonClassName } from '@rapport/ui/button';
import { DescriptionList, type DescriptionItem } from '@rapport/ui/description-list';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { SelectField } from '@rapport/ui/select-field';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import type { AskChannel, FollowUpItemFragment } from '../../../gql/graphql';
import { useAskReferral, useFollowUps, useMarkFollowedUp } from '../hooks/use-follow-ups';
import { FollowUpStateBadge } from './follow-up-state-badge';
import './follow-ups.css';

/** How the seeker reaches a referred person, as they would say it. */
const HOW_OPTIONS: { value: AskChannel; label: string }[] = [
  { value: 'PHONE', label: 'By phone' },
  { value: 'EMAIL', label: 'By email' },
  { value: 'IN_PERSON', label: 'In person' },
];

function FollowUpCard({ referral }: { referral: FollowUpItemFragment }) {
  const askReferral = useAskReferral();
  const markFollowedUp = useMarkFollowedUp();
  const navigate = useNavigate();
  const howId = useId();
  const [how, setHow] = useState<AskChannel>(referral.phone || !referral.email ? 'PHONE' : 'EMAIL');
  const [busy, setBusy] = useState<'ask' | 'done' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const company = referral.company?.name ?? referral.companyName;
  const where = [referral.title, company].filter(Boolean).join(' at ');
  const overdue = referral.followUpState === 'OVERDUE';
  const reach: DescriptionItem[] = [];
  if (referral.phone) {
    reach.push({
      term: 'Phone',
      details: <a href={`tel:${referral.phone.replace(/[^\d+]/g, '')}`}>{referral.phone}</a>,
    });
  }
  if (referral.email) {
    reach.push({
      term: 'Email',
      details: <a href={`mailto:${referral.email}`}>{referral.email}</a>,
    });
  }
  if (referral.howToReach) reach.push({ term: 'How to reach them', details: referral.howToReach });
  if (referral.note) reach.push({ term: 'What you were told', details: referral.note });

  async function act(kind: 'ask' | 'done') {
    setBusy(kind);
    setProblem(null);
    try {
      if (kind === 'ask') {
        const ask = await askReferral(referral.id, { channel: how });
        void navigate(paths.contact.href(ask.contact.id));
        return;
      }
      await markFollowedUp(referral.id);
    } catch (error) {
      setProblem(messageFor(error));
      setBusy(null);
    }
  }

  return (
    <li className={overdue ? 'follow-up follow-up--overdue' : 'follow-up'}>
      <div className="follow-up__head">
        <h2 className="follow-up__name" tabIndex={-1}>
          {referral.contact ? (
            <Link to={paths.contact.href(referral.contact.id)}>{referral.name}</Link>
          ) : (
            referral.name
          )}
        </h2>
        <FollowUpStateBadge state={referral.followUpState} />
      </div>
      {where ? <p>{where}</p> : null}
      <p className="muted">
        {referral.referredBy ? `${referral.referredBy.fullName} gave you this name. ` : ''}
        {overdue ? 'It was due ' : 'Due '}
        <time dateTime={referral.followUpDueAt}>{formatCalendarDate(referral.followUpDueOn)}</time>.
      </p>
      {reach.length > 0 ? <DescriptionList items={reach} /> : null}
      {problem ? (
        <Alert tone="warning" title="Not asked">
          <p>{problem}</p>
          {referral.contact ? (
            <p>
              <Link to={paths.contact.href(referral.contact.id)}>Open {referral.name}’s page</Link>{' '}
              to see your earlier ask and who to try instead.
            </p>
          ) : null}
        </Alert>
      ) : null}
      <div className="follow-up__actions">
        <SelectField
          id={howId}
          label={`How to ask ${referral.name}`}
          hideLabel
          compact
          options={HOW_OPTIONS}
          value={how}
          onChange={(event) => setHow(event.target.value as AskChannel)}
        />
        <Button
          variant="primary"
          size="sm"
          busy={busy === 'ask'}
          disabled={busy !== null}
          onClick={() => void act('ask')}
        >
          Ask now
        </Button>
        <Button
          size="sm"
          busy={busy === 'done'}
          disabled={busy !== null}
          onClick={() => void act('done')}
        >
          Mark done
        </Button>
      </div>
    </li>
  );
}

/** The seeker's referrals still to contact, overdue first. */
export function FollowUpList() {
  const list = useFollowUps();
  const overdue = list.followUps.filter((f) => f.followUpState === 'OVERDUE').length;
  const summary =
    list.totalCount === null
      ? ''
      : list.totalCount === 0
        ? 'Nobody left to follow up.'
        : `${plural(list.totalCount, 'person', 'people')} to contact${overdue > 0 ? `, ${overdue} overdue` : ''}.`;
  return (
    <PagedList
      state={list}
      summary={summary}
      labels={{
        loading: 'Loading your follow-ups…',
        failed: 'Your follow-ups could not be loaded.',
        loadMore: 'Load more follow-ups',
      }}
      itemSelector=".follow-up__name"
      empty={
        <EmptyState
          title="All caught up"
          action={
            <Link to={paths.meetings.href()} className={buttonClassName('secondary')}>
              Your meetings
            </Link>
          }
        >
          At the end of each meeting, ask who else you should talk to. Each name lands here, to call
          the same day.
        </EmptyState>
      }
    >
      {list.followUps.length > 0 ? (
        <ol className="follow-ups" aria-label="People to follow up, overdue first">
          {list.followUps.map((referral) => (
            <FollowUpCard key={referral.id} referral={referral} />
          ))}
        </ol>
      ) : null}
    </PagedList>
  );
}
