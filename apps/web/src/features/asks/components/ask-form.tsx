import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { ASK_CHANNELS, ASK_MESSAGE_MAX, checkAskChannel, optionalText } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { RadioGroup } from '@rapport/ui/radio-group';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { TextField } from '@rapport/ui/text-field';
import type { AskChannel, RecordAskInput } from '../../../gql/graphql';
import { useRecordAsk } from '../hooks/use-ask-mutations';
import { CHANNEL_LABELS } from '../utils/ask-labels';
import { askRefusal, type AskRefusal } from '../utils/ask-refusal';

const FIELDS = ['channel', 'askedAt', 'note'] as const;
interface Values {
  channel: AskChannel | '';
  askedAt: string;
  note: string;
}

const CHANNEL_OPTIONS = ASK_CHANNELS.map((channel) => ({
  value: channel,
  label: CHANNEL_LABELS[channel],
}));

// A minute of slack, as the API allows, for clocks that run a little apart.
const CLOCK_SLACK_MS = 60_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** The value a datetime-local input shows for `date`, in the browser's time zone. */
function localInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

function validate(values: Values): Verdict<Omit<RecordAskInput, 'contactId'>> {
  const channel = checkAskChannel(values.channel);
  if (!channel.ok) return channel;
  // datetime-local gives local wall time without a zone; Date reads it as local time.
  const askedAt = new Date(values.askedAt);
  if (values.askedAt === '' || Number.isNaN(askedAt.getTime())) {
    return {
      ok: false,
      error: { field: 'askedAt', message: 'Enter the date and time you asked.' },
    };
  }
  if (askedAt.getTime() > Date.now() + CLOCK_SLACK_MS) {
    return {
      ok: false,
      error: { field: 'askedAt', message: 'Record an ask once you have made it, not before.' },
    };
  }
  const note = optionalText(values.note, {
    field: 'note',
    label: 'The note',
    max: ASK_MESSAGE_MAX,
    code: 'REQUEST.INVALID_MESSAGE',
  });
  if (!note.ok) return note;
  return {
    ok: true,
    value: { channel: channel.value, askedAt: askedAt.toISOString(), note: note.value },
  };
}

export interface AskFormProps {
  contactId: string;
  contactName: string;
  /** The id the page links to (`#ask`), so a suggestion's link lands here. */
  id: string;
  /** The ask is recorded. */
  onAsked: () => void;
  /** The API refused the ask (asked before, do not contact, the agency's limit). */
  onRefused: (refusal: AskRefusal) => void;
}

/**
 * Records that the seeker asked. The API's refusals (asked before, do not
 * contact, the agency's limit) are shown as they are, with who to ask instead.
 */
export function AskForm({ contactId, contactName, id, onAsked, onRefused }: AskFormProps) {
  const recordAsk = useRecordAsk();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { channel: '', askedAt: localInputValue(new Date()), note: '' } as Values,
    validate,
    onValid: async (checked) => {
      try {
        await recordAsk({ ...checked, contactId });
      } catch (error) {
        const refused = askRefusal(error);
        if (!refused) throw error;
        onRefused(refused);
        return;
      }
      onAsked();
    },
  });

  return (
    <section aria-labelledby={`${id}-title`} className="ask-section" id={id}>
      <h3 id={`${id}-title`} className="ask-section__title" tabIndex={-1}>
        Record your ask
      </h3>
      <p className="muted ask-section__lead">
        Made the call or sent the email? Note it here. You ask {contactName} once, so make it count.
      </p>
      <form className="form-stack" noValidate onSubmit={form.submit}>
        {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
        <RadioGroup
          legend="How did you ask?"
          options={CHANNEL_OPTIONS}
          value={form.values.channel || null}
          onChange={(channel) => form.change('channel', channel)}
          {...form.bind('channel')}
        />
        <TextField
          label="When"
          type="datetime-local"
          hint="Your local time. Leave it as now if you just asked."
          max={localInputValue(new Date())}
          {...form.text('askedAt')}
        />
        <TextAreaField
          label="Note"
          optional
          hint="What you said, or what they said back."
          maxLength={ASK_MESSAGE_MAX}
          {...form.text('note')}
        />
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? 'Recording…' : 'Record my ask'}
        </Button>
      </form>
    </section>
  );
}
