import { plural } from '@rapport/client/format';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { useContactList } from '../hooks/use-contact-list';
import { AddContactDialog } from './add-contact-dialog';
import { ContactList } from './contact-list';
import './contacts.css';

const PAGE_SIZE = 10;

/** The people a seeker can ask at one company: the agency's and their own. */
export function CompanyContacts({
  companyId,
  companyName,
}: {
  companyId: string;
  companyName: string;
}) {
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const list = useContactList({ search: '', companyId }, PAGE_SIZE);
  const summary =
    list.totalCount === null
      ? ''
      : `${plural(list.totalCount, 'person', 'people')} to ask at ${companyName}` +
        (list.contacts.length < list.totalCount ? `, showing ${list.contacts.length}` : '') +
        '.';

  return (
    <Card as="section" aria-labelledby="company-contacts" className="company-contacts">
      <div className="contact-profile__header">
        <h2 id="company-contacts" className="contact-section-title">
          People at {companyName}
        </h2>
        <Button size="sm" onClick={() => setAdding(true)}>
          Add my own contact here
        </Button>
      </div>
      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: 'Loading contacts…',
          failed: 'The contacts could not be loaded.',
          loadMore: 'Load more contacts',
        }}
        itemSelector="a"
        empty={
          <EmptyState title="Nobody here yet" headingLevel={3}>
            Know someone at {companyName}? Add them: a hiring manager you can ask is the first step.
          </EmptyState>
        }
      >
        <ContactList
          contacts={list.contacts}
          label={`People at ${companyName}`}
          busy={list.isStale}
          hideCompany
          headingLevel={3}
        />
      </PagedList>
      <AddContactDialog
        open={adding}
        companyId={companyId}
        onClose={() => setAdding(false)}
        onAdded={(contact) => void navigate(paths.contact.href(contact.id))}
      />
    </Card>
  );
}
