import { Badge } from '@rapport/ui/badge';
import type { ContactRowFragment } from '../../../gql/graphql';
import './contact-badges.css';

/**
 * What staff must notice about a contact before anyone asks them: flagged
 * do-not-contact, at or one short of the agency's ask cap, archived.
 */
export function ContactBadges({ contact }: { contact: ContactRowFragment }) {
  const { throttle } = contact;
  return (
    <span className="contact-badges">
      {contact.doNotContact ? <Badge tone="danger">Do not contact</Badge> : null}
      {throttle.atCap ? (
        <Badge tone="warning">
          At ask cap ({throttle.asksInWindow}/{throttle.cap} in {throttle.windowDays} days)
        </Badge>
      ) : throttle.nearCap ? (
        <Badge tone="info">
          Near ask cap ({throttle.asksInWindow}/{throttle.cap} in {throttle.windowDays} days)
        </Badge>
      ) : null}
      {contact.archivedAt ? <Badge>Archived</Badge> : null}
    </span>
  );
}
