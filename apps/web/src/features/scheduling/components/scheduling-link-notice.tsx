import { formatDate } from '@rapport/client/format';
import { schedulingLinkMessage } from '@rapport/domain';
import { CopyButton } from '@rapport/ui/copy-button';
import { OneTimeSecret } from '@rapport/ui/one-time-secret';
import { paths } from '../../../config/paths';
import type { ProposalDetailFragment } from '../../../gql/graphql';
import type { IssuedLink } from '../hooks/use-scheduling-mutations';

/**
 * The link for the contact, shown once (only its fingerprint is kept), with
 * a sentence ready to paste into an email or read out on the phone.
 */
export function SchedulingLinkNotice({
  contactName,
  link,
  proposal,
  onDone,
}: {
  contactName: string;
  link: IssuedLink;
  proposal: Pick<ProposalDetailFragment, 'slots' | 'durationMinutes' | 'timeZone'>;
  onDone: () => void;
}) {
  const url = `${window.location.origin}${paths.schedulingReply.href(link.token)}`;
  const message = schedulingLinkMessage({
    contactName,
    durationMinutes: proposal.durationMinutes,
    timeZone: proposal.timeZone,
    slots: proposal.slots.map((slot) => ({ startsAt: new Date(slot.startsAt) })),
    url,
  });
  return (
    <div className="scheduling-link">
      <OneTimeSecret
        title={`Your link for ${contactName}`}
        label={`Link for ${contactName}`}
        secret={url}
        onDone={onDone}
      />
      <p className="muted">
        It works until {formatDate(link.expiresAt)} and can be answered once. Lost it? Make a new
        one below.
      </p>
      <section aria-labelledby="scheduling-email-title" className="scheduling-link__email">
        <h4 id="scheduling-email-title">Ready to paste into your email</h4>
        <p className="scheduling-link__message">{message}</p>
        <CopyButton text={message} label="Copy the email sentence" />
      </section>
    </div>
  );
}
