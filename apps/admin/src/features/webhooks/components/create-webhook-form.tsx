import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { CheckboxGroup } from '@rapport/ui/checkbox-group';
import { TextField } from '@rapport/ui/text-field';
import type { CreateWebhookSubscriptionInput, WebhookEvent } from '../../../gql/graphql';
import { useCreateWebhookSubscription } from '../hooks/use-webhooks';
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from './webhook-events';

const FIELDS = ['url', 'events', 'description'] as const;
type Values = { url: string; events: string[]; description: string };
const EMPTY: Values = { url: '', events: [], description: '' };

/**
 * The shape rules the API applies too (an http(s) URL, one event at least);
 * whether the address is public is the API's to judge, and its answer is
 * shown next to the URL field.
 */
function validate(values: Values): Verdict<CreateWebhookSubscriptionInput> {
  const url = values.url.trim();
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    return {
      ok: false,
      error: { field: 'url', message: 'Enter an address starting with https://.' },
    };
  }
  if (values.events.length === 0) {
    return { ok: false, error: { field: 'events', message: 'Choose at least one event.' } };
  }
  if (values.description.trim().length > 200) {
    return {
      ok: false,
      error: { field: 'description', message: 'Keep the note to 200 characters.' },
    };
  }
  return {
    ok: true,
    value: {
      url,
      events: values.events as WebhookEvent[],
      description: values.description.trim() || null,
    },
  };
}

export function CreateWebhookForm({
  onCreated,
}: {
  onCreated: (url: string, secret: string) => void;
}) {
  const create = useCreateWebhookSubscription();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate,
    onValid: async (input) => {
      const made = await create(input);
      onCreated(made.subscription.url, made.secret);
      form.reset();
    },
  });

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.submit}
      aria-labelledby="new-webhook-title"
    >
      <h2 id="new-webhook-title" className="section-title">
        Register a webhook
      </h2>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="URL"
        type="url"
        autoComplete="off"
        hint="Where Rapport will POST signed deliveries; a public https:// address."
        {...form.text('url')}
      />
      <CheckboxGroup
        {...form.bind('events')}
        legend="Events"
        options={WEBHOOK_EVENTS.map((event) => ({
          value: event,
          label: WEBHOOK_EVENT_LABELS[event].label,
          hint: WEBHOOK_EVENT_LABELS[event].wire,
        }))}
        selected={form.values.events}
        onChange={(selected) => form.change('events', selected)}
      />
      <TextField label="Note" optional autoComplete="off" {...form.text('description')} />
      <Button type="submit" variant="primary" busy={form.submitting}>
        {form.submitting ? 'Registering…' : 'Register webhook'}
      </Button>
    </form>
  );
}
