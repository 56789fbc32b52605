import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { changeAskThrottle, DEFAULT_SETTINGS } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { useToast } from '@rapport/ui/toast';
import type { AgencySettingsInput } from '../../../gql/graphql';
import { useUpdateAgencySettings } from '../hooks/use-agency-settings';
import './throttle-form.css';

const FIELDS = ['askCap', 'askWindowDays'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

// The domain names these askThrottle.maxAsks and askThrottle.windowDays; the API's input askCap and askWindowDays.
const DOMAIN_FIELDS: Record<string, (typeof FIELDS)[number]> = {
  'askThrottle.maxAsks': 'askCap',
  'askThrottle.windowDays': 'askWindowDays',
};

function wholeNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
}

/** The domain's own settings rules, so the form refuses exactly what the API would. */
function validate(values: Values): Verdict<AgencySettingsInput> {
  const throttle = {
    maxAsks: wholeNumber(values.askCap),
    windowDays: wholeNumber(values.askWindowDays),
  };
  const checked = changeAskThrottle(DEFAULT_SETTINGS, throttle);
  if (!checked.ok) {
    const field = checked.error.field ? DOMAIN_FIELDS[checked.error.field] : undefined;
    return { ok: false, error: { message: checked.error.message, field } };
  }
  return {
    ok: true,
    value: {
      askCap: checked.value.askThrottle.maxAsks,
      askWindowDays: checked.value.askThrottle.windowDays,
    },
  };
}

export function ThrottleForm({ initial }: { initial: AgencySettingsInput }) {
  const save = useUpdateAgencySettings();
  const toast = useToast();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { askCap: String(initial.askCap), askWindowDays: String(initial.askWindowDays) },
    validate,
    async onValid(input) {
      const saved = await save(input);
      toast.show(
        `Saved: at most ${saved.askCap} ${saved.askCap === 1 ? 'ask' : 'asks'} of one contact in ${saved.askWindowDays} days.`,
      );
    },
  });

  return (
    <form className="form-stack throttle-form" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <div className="throttle-form__fields">
        <TextField
          label="Asks per contact"
          inputMode="numeric"
          autoComplete="off"
          hint="All seekers together, 1 to 100."
          {...form.text('askCap')}
        />
        <TextField
          label="Window in days"
          inputMode="numeric"
          autoComplete="off"
          hint="A rolling window, 1 to 365."
          {...form.text('askWindowDays')}
        />
      </div>
      <p className="muted">
        The product’s default is {DEFAULT_SETTINGS.askThrottle.maxAsks} asks in{' '}
        {DEFAULT_SETTINGS.askThrottle.windowDays} days. The contacts table flags people one ask
        short of the cap, and at it.
      </p>
      <div>
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? 'Saving…' : 'Save the throttle'}
        </Button>
      </div>
    </form>
  );
}
