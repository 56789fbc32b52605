import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { CONTACT_LIMITS, validateContact } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { useState } from 'react';
import type { ContactInput, ThankYouCardItemFragment } from '../../../gql/graphql';
import { useSaveCardAddress } from '../hooks/use-thank-you-cards';

/**
 * The address as it goes on the envelope: its own lines when it has them,
 * else the street on the first line and the rest (city, region, code) below.
 */
function envelopeLines(address: string): string[] {
  const lines = address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (lines.length > 1) return lines;
  const comma = address.indexOf(',');
  return comma < 0 ? [address] : [address.slice(0, comma), address.slice(comma + 1).trim()];
}

type Contact = NonNullable<ThankYouCardItemFragment['contact']>;

const FIELDS = ['mailingAddress'] as const;

/** The whole contact as it is, with the new address: the API takes a contact's details together. */
function withAddress(contact: Contact, mailingAddress: string): Verdict<ContactInput> {
  const checked = validateContact({
    name: contact.fullName,
    title: contact.title,
    email: contact.email,
    phone: contact.phone,
    mailingAddress,
    notes: contact.notes,
    tags: contact.tags,
  });
  if (!checked.ok) return checked;
  const { name, title, email, phone, notes, tags } = checked.value;
  return {
    ok: true,
    value: {
      fullName: name,
      title,
      email,
      phone,
      mailingAddress: checked.value.mailingAddress,
      notes,
      tags,
      companyId: contact.company?.id ?? null,
    },
  };
}

function AddressForm({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const save = useSaveCardAddress();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { mailingAddress: contact.mailingAddress ?? '' },
    validate: (values) => withAddress(contact, values.mailingAddress),
    onValid: async (input) => {
      await save(contact.id, input);
      onDone();
    },
  });
  return (
    <form className="card-address__form" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextAreaField
        label={`${contact.fullName}’s mailing address`}
        rows={3}
        hint="Their office address, as you would write it on the envelope."
        maxLength={CONTACT_LIMITS.mailingAddress}
        {...form.text('mailingAddress')}
      />
      <div className="thank-you-actions">
        <Button type="submit" variant="primary" size="sm" busy={form.submitting}>
          Save the address
        </Button>
        <Button size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/**
 * Where the card goes: the person's address, else their company's office.
 * On the seeker's own contacts (their own or from a referral) it can be
 * written here; the agency keeps its contacts' addresses.
 */
export function CardAddress({ card }: { card: ThankYouCardItemFragment }) {
  const [editing, setEditing] = useState(false);
  const contact = card.contact;
  const own = contact !== null && contact !== undefined && contact.source !== 'AGENCY';
  if (editing && contact) return <AddressForm contact={contact} onDone={() => setEditing(false)} />;
  return (
    <div className="card-address">
      <h4 className="thank-you-card__subtitle">Mail it to</h4>
      {card.mailingAddress ? (
        <address className="card-address__lines">
          {contact ? (
            <>
              {contact.fullName}
              <br />
            </>
          ) : null}
          {envelopeLines(card.mailingAddress).map((line, index) => (
            <span key={index}>
              {line}
              <br />
            </span>
          ))}
        </address>
      ) : (
        <p className="muted">
          No mailing address yet.{' '}
          {own ? 'Add their office address below.' : 'Ask the agency, or send an email instead.'}
        </p>
      )}
      {own ? (
        <Button size="sm" onClick={() => setEditing(true)}>
          {contact.mailingAddress ? 'Edit the address' : 'Add the address'}
        </Button>
      ) : null}
    </div>
  );
}
