import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { REFERRAL_LIMITS, validateReferral } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { TextField } from '@rapport/ui/text-field';
import { useId, useState, type KeyboardEvent } from 'react';
import type { CapturedReferralFragment, RecordReferralInput } from '../../../gql/graphql';
import { deviceTimeZone, useCompanyNames, useRecordReferral } from '../hooks/use-wrap-up';
import './wrap-up.css';

// Named as the API names them, so its refusals land on the right field.
const FIELDS = ['name', 'companyName', 'title', 'email', 'phone', 'howToReach', 'note'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = {
  name: '',
  companyName: '',
  title: '',
  email: '',
  phone: '',
  howToReach: '',
  note: '',
};

type Checked = Omit<RecordReferralInput, 'meetingId'>;

/** The domain's own rule, so the form and the API say the same thing. */
function validate(values: Values): Verdict<Checked> {
  const checked = validateReferral(values);
  if (!checked.ok) return checked;
  const { name, title, companyName, email, phone, howToReach, note } = checked.value;
  return { ok: true, value: { name, title, companyName, email, phone, howToReach, note } };
}

function ReferralList({ referrals }: { referrals: readonly CapturedReferralFragment[] }) {
  if (referrals.length === 0) {
    return (
      <p className="muted">
        No names yet. Before you leave, ask who else they would suggest you talk to.
      </p>
    );
  }
  return (
    <ol className="captured-referrals" aria-label="Names from this meeting">
      {referrals.map((referral) => {
        const where = [referral.title, referral.companyName].filter(Boolean).join(' at ');
        const reach = [referral.email, referral.phone, referral.howToReach].filter(Boolean);
        return (
          <li key={referral.id} className="captured-referrals__item">
            <p className="captured-referrals__name">{referral.name}</p>
            {where ? <p className="muted">{where}</p> : null}
            {reach.length > 0 ? <p className="muted">{reach.join(' · ')}</p> : null}
            {referral.note ? <p className="captured-referrals__note">“{referral.note}”</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

export interface ReferralCaptureProps {
  meetingId: string;
  contactName: string;
  referrals: readonly CapturedReferralFragment[];
  /** False before the meeting has started: names are recorded from the start on. */
  open: boolean;
}

/**
 * Several names in a row, from the keyboard: Enter adds the name (Shift+Enter
 * starts a new line in the note), the list above grows, and the cursor goes
 * back to the first field for the next one.
 */
export function ReferralCapture({ meetingId, contactName, referrals, open }: ReferralCaptureProps) {
  const recordReferral = useRecordReferral();
  const companies = useCompanyNames();
  const companyListId = useId();
  const nameId = useId();
  const [added, setAdded] = useState<string | null>(null);
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate,
    onValid: async (checked) => {
      const referral = await recordReferral({
        ...checked,
        meetingId,
        timeZone: deviceTimeZone(),
      });
      form.reset();
      setAdded(referral.name);
      document.getElementById(nameId)?.focus();
    },
  });

  function submitOnEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }

  return (
    <Card as="section" aria-labelledby="referrals-title" className="wrap-up-panel">
      <h2 id="referrals-title" className="wrap-up-panel__title">
        Names {contactName} gave you
      </h2>
      <ReferralList referrals={referrals} />
      {open ? (
        <form className="referral-form" noValidate onSubmit={form.submit} aria-label="Add a name">
          <p role="status" className="referral-form__status">
            {added
              ? `Added ${added}. Type the next name, or mark the meeting below when you are done.`
              : ''}
          </p>
          {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
          <div className="referral-form__grid">
            <TextField
              id={nameId}
              label="Their name"
              autoComplete="off"
              maxLength={REFERRAL_LIMITS.name}
              {...form.text('name')}
            />
            <TextField
              label="Company"
              optional
              autoComplete="off"
              list={companyListId}
              hint="Where they work; a company we know is matched by name."
              maxLength={REFERRAL_LIMITS.companyName}
              {...form.text('companyName')}
            />
            <TextField
              label="Job title"
              optional
              autoComplete="off"
              maxLength={REFERRAL_LIMITS.title}
              {...form.text('title')}
            />
            <TextField
              label="Email"
              optional
              type="email"
              inputMode="email"
              autoComplete="off"
              {...form.text('email')}
            />
            <TextField
              label="Phone"
              optional
              type="tel"
              inputMode="tel"
              autoComplete="off"
              {...form.text('phone')}
            />
            <TextField
              label="Other way to reach them"
              optional
              autoComplete="off"
              hint="For example: ask for her at the front desk."
              maxLength={REFERRAL_LIMITS.howToReach}
              {...form.text('howToReach')}
            />
          </div>
          <TextAreaField
            label="What they said about them"
            optional
            rows={2}
            hint="Enter adds the name; Shift+Enter starts a new line."
            maxLength={REFERRAL_LIMITS.note}
            onKeyDown={submitOnEnter}
            {...form.text('note')}
          />
          <datalist id={companyListId}>
            {companies.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <div className="wrap-up-actions">
            <Button type="submit" variant="primary" busy={form.submitting}>
              {form.submitting ? 'Adding…' : 'Add this name'}
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted">You can add names here once the meeting has started.</p>
      )}
    </Card>
  );
}
