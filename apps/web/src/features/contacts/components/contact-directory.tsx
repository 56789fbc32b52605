import { plural } from '@rapport/client/format';
import { Button } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import { useContactList } from '../hooks/use-contact-list';
import { AddContactDialog } from './add-contact-dialog';
import { ContactList } from './contact-list';
import './contacts.css';

const SEARCH_DELAY_MS = 300;

/**
 * The searchable list of the agency's shared contacts and the seeker's own.
 * The search lives in the URL (?q=) so a reload or the back button keeps it.
 */
export function ContactDirectory() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const search = params.get('q') ?? '';
  const [searchInput, setSearchInput] = useState(search);
  const [adding, setAdding] = useState(false);
  const debouncedSearch = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const list = useContactList({ search });

  useEffect(() => {
    if (debouncedSearch === search) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, search, setParams]);

  function clearSearch() {
    setSearchInput('');
    setParams(new URLSearchParams(), { replace: true });
  }

  const filtered = search !== '';
  const summary =
    list.totalCount === null
      ? ''
      : `${plural(list.totalCount, 'contact', 'contacts')} ${
          filtered ? `${list.totalCount === 1 ? 'matches' : 'match'} your search` : 'to choose from'
        }` +
        (list.contacts.length < list.totalCount ? `, showing ${list.contacts.length}` : '') +
        '.';

  return (
    <div className="directory">
      <div className="contact-toolbar">
        <form role="search" className="contact-search" onSubmit={(event) => event.preventDefault()}>
          <TextField
            label="Search contacts"
            type="search"
            name="q"
            hint="Part of a name, company or job title."
            autoComplete="off"
            value={searchInput}
            onChange={(event) => setSearchInput(event.target.value)}
          />
        </form>
        <Button variant="primary" onClick={() => setAdding(true)}>
          Add my own contact
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
          <EmptyState
            title={filtered ? 'No contacts match' : 'No contacts yet'}
            action={
              filtered ? (
                <Button variant="primary" onClick={clearSearch}>
                  Clear the search
                </Button>
              ) : null
            }
          >
            {filtered
              ? 'Try part of the name, or the company instead.'
              : 'Add someone you know at a company you like: one good contact is where every informational interview starts.'}
          </EmptyState>
        }
      >
        <ContactList
          contacts={list.contacts}
          label="Contacts"
          busy={list.isStale}
          linkState={{ from: location.search }}
        />
      </PagedList>

      <AddContactDialog
        open={adding}
        onClose={() => setAdding(false)}
        onAdded={(contact) => void navigate(paths.contact.href(contact.id))}
      />
    </div>
  );
}
