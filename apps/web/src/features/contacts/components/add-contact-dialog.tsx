import { Dialog } from '@rapport/ui/dialog';
import type { ContactInput, ContactSummaryFragment } from '../../../gql/graphql';
import { useCreateContact } from '../hooks/use-create-contact';
import { AddContactForm } from './add-contact-form';

export interface AddContactDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called with the new contact once it is saved (the dialog has closed by then). */
  onAdded: (contact: ContactSummaryFragment) => void;
  companyId?: string | null;
}

export function AddContactDialog({ open, onClose, onAdded, companyId }: AddContactDialogProps) {
  const { createContact } = useCreateContact();

  async function save(input: ContactInput) {
    const created = await createContact(input);
    onClose();
    onAdded(created);
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title="Add your own contact"
      description="Only you can see the contacts you add."
    >
      <AddContactForm companyId={companyId} onSubmit={save} onCancel={onClose} />
    </Dialog>
  );
}
