import { messageFor } from '@rapport/client/graphql-errors';
import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Dialog } from '@rapport/ui/dialog';
import { FormActions } from '@rapport/ui/form-actions';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { useToast } from '@rapport/ui/toast';
import { useState, type FormEvent } from 'react';
import type { ContactDetailsFragment } from '../../../gql/graphql';
import { useSetDoNotContact } from '../hooks/use-contact-mutations';

// The API keeps at most this much of a reason (contact.service setDoNotContact).
const REASON_MAX = 300;

function checkReason(values: { reason: string }): Verdict<string> {
  const reason = values.reason.trim();
  if (reason.length === 0) {
    return {
      ok: false,
      error: { field: 'reason', message: 'Say why this person should not be contacted.' },
    };
  }
  if (reason.length > REASON_MAX) {
    return {
      ok: false,
      error: { field: 'reason', message: `The reason must be at most ${REASON_MAX} characters.` },
    };
  }
  return { ok: true, value: reason };
}

function MarkForm({ contact, onDone }: { contact: ContactDetailsFragment; onDone: () => void }) {
  const setDoNotContact = useSetDoNotContact();
  const toast = useToast();
  const form = useValidatedForm({
    fields: ['reason'] as const,
    initialValues: { reason: '' },
    validate: checkReason,
    async onValid(reason) {
      await setDoNotContact(contact.id, true, reason);
      toast.show(`${contact.fullName} is now marked do not contact.`);
      onDone();
    },
  });
  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextAreaField
        label="Reason"
        hint="Staff see this; seekers are only told the agency asked them not to."
        maxLength={REASON_MAX}
        {...form.text('reason')}
      />
      <FormActions>
        <Button onClick={onDone}>Cancel</Button>
        <Button type="submit" variant="danger" busy={form.submitting}>
          {form.submitting ? 'Marking…' : 'Mark do not contact'}
        </Button>
      </FormActions>
    </form>
  );
}

/** Marking needs a reason; clearing is one confirmation. Both apply to every record of the person. */
export function DoNotContactDialog({
  contact,
  open,
  onClose,
}: {
  contact: ContactDetailsFragment;
  open: boolean;
  onClose: () => void;
}) {
  const setDoNotContact = useSetDoNotContact();
  const toast = useToast();
  const [clearing, setClearing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function clear(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setClearing(true);
    setProblem(null);
    try {
      await setDoNotContact(contact.id, false, null);
      toast.show(`${contact.fullName} may be contacted again.`);
      onClose();
    } catch (error) {
      setProblem(messageFor(error));
    } finally {
      setClearing(false);
    }
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={
        contact.doNotContact
          ? `Allow contacting ${contact.fullName}?`
          : `Do not contact ${contact.fullName}`
      }
      description={
        contact.doNotContact
          ? 'Seekers will be able to ask them again, and they may be suggested.'
          : 'They will never be suggested, and seekers who try to ask them are told the agency asked them not to.'
      }
    >
      {contact.doNotContact ? (
        <form className="form-stack" noValidate onSubmit={(event) => void clear(event)}>
          {problem ? <Alert tone="error">{problem}</Alert> : null}
          <FormActions>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="primary" busy={clearing} data-autofocus>
              {clearing ? 'Clearing…' : 'Allow contacting'}
            </Button>
          </FormActions>
        </form>
      ) : (
        <MarkForm key={contact.id} contact={contact} onDone={onClose} />
      )}
    </Dialog>
  );
}
