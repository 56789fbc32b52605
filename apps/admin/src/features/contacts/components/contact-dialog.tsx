import { Dialog } from '@rapport/ui/dialog';
import { useToast } from '@rapport/ui/toast';
import type { ContactDetailsFragment, ContactInput } from '../../../gql/graphql';
import { useCreateContact, useUpdateContact } from '../hooks/use-contact-mutations';
import { ContactForm, contactFormValues, EMPTY_CONTACT } from './contact-form';

export type ContactDialogState =
  | { mode: 'closed' }
  | { mode: 'add'; company?: { id: string; name: string } }
  | { mode: 'edit'; contact: ContactDetailsFragment };

export function ContactDialog({
  state,
  onClose,
  onCreated,
}: {
  state: ContactDialogState;
  onClose: () => void;
  /** Where to go once a contact is added, usually its page. */
  onCreated?: (contact: ContactDetailsFragment) => void;
}) {
  const toast = useToast();
  const createContact = useCreateContact();
  const updateContact = useUpdateContact();
  const editing = state.mode === 'edit' ? state.contact : null;

  async function save(input: ContactInput) {
    if (editing) {
      const saved = await updateContact(editing.id, input);
      toast.show(`Saved the changes to ${saved.fullName}.`);
      onClose();
    } else {
      const created = await createContact(input);
      toast.show(`${created.fullName} was added.`);
      onClose();
      onCreated?.(created);
    }
  }

  const initial = editing
    ? contactFormValues(editing)
    : { ...EMPTY_CONTACT, companyId: state.mode === 'add' ? (state.company ?? null) : null };

  return (
    <Dialog
      open={state.mode !== 'closed'}
      onClose={onClose}
      title={editing ? `Edit ${editing.fullName}` : 'Add a contact'}
      description={
        editing ? undefined : 'Only the name is required; the rest can be filled in later.'
      }
    >
      <ContactForm
        key={editing?.id ?? 'new'}
        initialValues={initial}
        submitLabel={editing ? 'Save changes' : 'Add contact'}
        busyLabel={editing ? 'Saving…' : 'Adding…'}
        onSubmit={save}
        onCancel={onClose}
      />
    </Dialog>
  );
}
