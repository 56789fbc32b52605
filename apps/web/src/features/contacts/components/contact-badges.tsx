import { Badge } from '@rapport/ui/badge';
import type { ContactSummaryFragment } from '../../../gql/graphql';

/**
 * Whose contact this is. A seeker sees only shared agency contacts and their
 * own, and their own are never shared, so "not shared" means "yours".
 */
export function ContactBadges({
  contact,
}: {
  contact: Pick<ContactSummaryFragment, 'sharedWithSeekers' | 'doNotContact'>;
}) {
  return (
    <span className="contact-badges">
      {contact.sharedWithSeekers ? (
        <Badge tone="info">Agency contact</Badge>
      ) : (
        <Badge tone="success">Yours, private</Badge>
      )}
      {contact.doNotContact ? <Badge tone="warning">Do not contact</Badge> : null}
    </span>
  );
}
