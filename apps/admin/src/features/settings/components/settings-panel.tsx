import { Card } from '@rapport/ui/card';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useAgencySettings } from '../hooks/use-agency-settings';
import { ThrottleForm } from './throttle-form';

export function SettingsPanel() {
  const { settings, loading, problem, retry } = useAgencySettings();
  if (loading) return <LoadingIndicator label="Loading settings…" />;
  if (!settings) {
    return (
      <RetryAlert
        title="The settings could not be loaded."
        message={problem ?? 'Try again.'}
        onRetry={retry}
      />
    );
  }
  return (
    <Card>
      <h2 className="settings-heading">Ask throttle</h2>
      <p>
        How many times the agency’s seekers together may ask one hiring manager for a meeting, so
        nobody is asked more often than the relationship can bear.
      </p>
      <ThrottleForm initial={settings} />
    </Card>
  );
}
