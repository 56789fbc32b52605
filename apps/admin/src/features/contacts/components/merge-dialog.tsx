import { messageFor } from '@rapport/client/graphql-errors';
import { plural } from '@rapport/client/format';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Dialog } from '@rapport/ui/dialog';
import { FormActions } from '@rapport/ui/form-actions';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RadioGroup } from '@rapport/ui/radio-group';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useState, type FormEvent } from 'react';
import type { ContactDetailsFragment, ContactRowFragment } from '../../../gql/graphql';
import { DEFAULT_FILTERS } from '../hooks/contact-filters';
import { useAdminContacts } from '../hooks/use-admin-contacts';
import { useContactTimeline } from '../hooks/use-contact';
import { useMergeContacts } from '../hooks/use-contact-mutations';
import './merge-dialog.css';

const SEARCH_DELAY_MS = 300;

function describe(contact: ContactRowFragment) {
  return [contact.fullName, contact.title, contact.company?.name, contact.email]
    .filter(Boolean)
    .join(' · ');
}

/** What the merge will do, counted from the record that goes away. */
function WhatMoves({
  survivor,
  duplicate,
}: {
  survivor: ContactRowFragment;
  duplicate: ContactRowFragment;
}) {
  const timeline = useContactTimeline(duplicate.id);
  const asks =
    timeline.totalCount === null ? 'Its asks' : plural(timeline.totalCount, 'ask', 'asks');
  return (
    <div className="merge-summary" role="status">
      <p>
        <strong>{survivor.fullName}</strong> stays. <strong>{duplicate.fullName}</strong> is
        archived as merged; nothing is deleted.
      </p>
      <ul>
        <li>
          {asks} by seekers, with their history and outcomes, move to {survivor.fullName}.
        </li>
        <li>
          Details {survivor.fullName} lacks (title, email, phone, mailing address, company) are
          filled in.
        </li>
        <li>Tags are combined, and both sets of notes are kept.</li>
        {duplicate.doNotContact ? (
          <li>Do not contact carries over to the record that stays.</li>
        ) : null}
      </ul>
    </div>
  );
}

/**
 * Two records of one person become one: pick the other record, choose which
 * stays, read what moves, confirm.
 */
export function MergeDialog({
  contact,
  open,
  onClose,
  onMerged,
}: {
  contact: ContactDetailsFragment;
  open: boolean;
  onClose: () => void;
  onMerged: (survivor: ContactDetailsFragment) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Merge ${contact.fullName} with another record`}
      description="Use this when the same person was entered twice."
    >
      <MergeForm key={contact.id} contact={contact} onCancel={onClose} onMerged={onMerged} />
    </Dialog>
  );
}

function MergeForm({
  contact,
  onCancel,
  onMerged,
}: {
  contact: ContactDetailsFragment;
  onCancel: () => void;
  onMerged: (survivor: ContactDetailsFragment) => void;
}) {
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const candidates = useAdminContacts({ ...DEFAULT_FILTERS, search: search || contact.fullName });
  const [otherId, setOtherId] = useState<string | null>(null);
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const [merging, setMerging] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const mergeContacts = useMergeContacts();

  const others = candidates.contacts.filter((candidate) => candidate.id !== contact.id);
  const other = others.find((candidate) => candidate.id === otherId) ?? null;
  const survivor = keep === 'this' ? contact : other;
  const duplicate = keep === 'this' ? other : contact;

  async function merge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!survivor || !duplicate) {
      setProblem('Choose the other record first.');
      return;
    }
    setMerging(true);
    setProblem(null);
    try {
      onMerged(await mergeContacts(survivor.id, duplicate.id));
    } catch (error) {
      setProblem(messageFor(error));
      setMerging(false);
    }
  }

  return (
    <form className="form-stack" noValidate onSubmit={(event) => void merge(event)}>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <TextField
        label="Find the other record"
        hint={`Shows records named like ${contact.fullName} until you type.`}
        type="search"
        autoComplete="off"
        value={searchInput}
        onChange={(event) => setSearchInput(event.target.value)}
      />
      {candidates.loading ? <LoadingIndicator label="Looking…" /> : null}
      {candidates.problem ? <Alert tone="error">{candidates.problem}</Alert> : null}
      {!candidates.loading && others.length === 0 ? (
        <p className="muted" role="status">
          No other record matches; search by another part of the name or the email.
        </p>
      ) : null}
      {others.length > 0 ? (
        <RadioGroup
          legend="The other record"
          stacked
          options={others.slice(0, 8).map((candidate) => ({
            value: candidate.id,
            label: describe(candidate),
          }))}
          value={otherId}
          onChange={setOtherId}
        />
      ) : null}
      {other ? (
        <>
          <RadioGroup
            legend="Which record stays"
            options={[
              { value: 'this', label: `${contact.fullName} (this one)` },
              { value: 'other', label: `${other.fullName} (the other)` },
            ]}
            value={keep}
            onChange={setKeep}
          />
          {survivor && duplicate ? <WhatMoves survivor={survivor} duplicate={duplicate} /> : null}
        </>
      ) : null}
      <FormActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={merging} disabled={!other}>
          {merging ? 'Merging…' : 'Merge the records'}
        </Button>
      </FormActions>
    </form>
  );
}
