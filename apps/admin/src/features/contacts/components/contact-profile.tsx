import { messageFor } from '@rapport/client/graphql-errors';
import { formatDate } from '@rapport/client/format';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { DescriptionList } from '@rapport/ui/description-list';
import { useToast } from '@rapport/ui/toast';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import type { ContactDetailsFragment } from '../../../gql/graphql';
import { useArchiveContact } from '../hooks/use-contact-mutations';
import { ContactBadges } from './contact-badges';
import { ContactDialog } from './contact-dialog';
import { SOURCE_LABELS } from './contact-labels';
import { ContactTimeline } from './contact-timeline';
import { DoNotContactDialog } from './do-not-contact-dialog';
import { MergeDialog } from './merge-dialog';
import './contact-profile.css';

type OpenDialog = 'none' | 'edit' | 'dnc' | 'merge';

function orDash(value: string | null | undefined) {
  return value ? value : <span className="muted">Not known</span>;
}

/** One contact: details, the actions staff take on them, and the asks timeline. */
export function ContactProfile({ contact }: { contact: ContactDetailsFragment }) {
  const [dialog, setDialog] = useState<OpenDialog>('none');
  const [archiving, setArchiving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const setArchived = useArchiveContact();
  const toast = useToast();
  const navigate = useNavigate();
  const timelineHeading = useId();
  const close = () => setDialog('none');

  async function toggleArchived() {
    setArchiving(true);
    setProblem(null);
    try {
      const archive = contact.archivedAt === null;
      await setArchived(contact.id, archive);
      toast.show(
        archive
          ? `${contact.fullName} is archived: hidden from lists and suggestions.`
          : `${contact.fullName} is back in use.`,
      );
    } catch (error) {
      setProblem(messageFor(error));
    } finally {
      setArchiving(false);
    }
  }

  const { throttle } = contact;

  return (
    <div className="contact-profile">
      <div className="contact-profile__actions">
        <ContactBadges contact={contact} />
        <div className="contact-profile__buttons">
          <Button onClick={() => setDialog('edit')}>Edit</Button>
          <Button
            variant={contact.doNotContact ? 'secondary' : 'danger'}
            onClick={() => setDialog('dnc')}
          >
            {contact.doNotContact ? 'Allow contacting' : 'Do not contact'}
          </Button>
          <Button onClick={() => setDialog('merge')} disabled={contact.archivedAt !== null}>
            Merge with…
          </Button>
          <Button busy={archiving} onClick={() => void toggleArchived()}>
            {contact.archivedAt ? 'Restore' : 'Archive'}
          </Button>
        </div>
      </div>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {contact.doNotContact ? (
        <Alert tone="warning" title="Do not contact">
          {contact.doNotContactReason ?? 'No reason was recorded.'} Seekers who try to ask are told
          the agency asked them not to.
        </Alert>
      ) : null}
      {contact.archivedAt ? (
        <Alert tone="info">
          Archived on {formatDate(contact.archivedAt)}: hidden from lists and never suggested until
          restored.
        </Alert>
      ) : null}

      <div className="contact-profile__grid">
        <Card>
          <h2 className="contact-profile__heading">Details</h2>
          <DescriptionList
            items={[
              {
                term: 'Company',
                details: contact.company ? (
                  <Link to={paths.company.href(contact.company.id)}>{contact.company.name}</Link>
                ) : (
                  orDash(null)
                ),
              },
              { term: 'Title', details: orDash(contact.title) },
              {
                term: 'Email',
                details: contact.email ? (
                  <a href={`mailto:${contact.email}`}>{contact.email}</a>
                ) : (
                  orDash(null)
                ),
              },
              { term: 'Phone', details: orDash(contact.phone) },
              {
                term: 'Mailing address',
                details: (
                  <span className="contact-profile__multiline">
                    {orDash(contact.mailingAddress)}
                  </span>
                ),
              },
              {
                term: 'Tags',
                details: contact.tags.length > 0 ? contact.tags.join(', ') : orDash(null),
              },
              { term: 'Source', details: SOURCE_LABELS[contact.source] },
              {
                term: 'Seen by',
                details: contact.sharedWithSeekers ? 'Seekers and staff' : 'Agency staff only',
              },
              {
                term: 'Asks in the window',
                details: `${throttle.asksInWindow} of ${throttle.cap} in the last ${throttle.windowDays} days`,
              },
              { term: 'Added', details: formatDate(contact.createdAt) },
            ]}
          />
          {contact.notes ? (
            <>
              <h3 className="contact-profile__subheading">Notes</h3>
              <p className="contact-profile__multiline">{contact.notes}</p>
            </>
          ) : null}
        </Card>
        <section aria-labelledby={timelineHeading}>
          <h2 id={timelineHeading} className="contact-profile__heading">
            Timeline
          </h2>
          <ContactTimeline contactId={contact.id} headingId={timelineHeading} />
        </section>
      </div>

      <ContactDialog
        state={dialog === 'edit' ? { mode: 'edit', contact } : { mode: 'closed' }}
        onClose={close}
      />
      <DoNotContactDialog contact={contact} open={dialog === 'dnc'} onClose={close} />
      <MergeDialog
        contact={contact}
        open={dialog === 'merge'}
        onClose={close}
        onMerged={(survivor) => {
          close();
          toast.show(`Merged: everything is now on ${survivor.fullName}.`);
          if (survivor.id !== contact.id) void navigate(paths.contact.href(survivor.id));
        }}
      />
    </div>
  );
}
