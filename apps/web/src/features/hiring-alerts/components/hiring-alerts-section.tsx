import { formatDate } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useDashboardHiringAlerts, useDismissHiringAlert } from '../hooks/use-hiring-alerts';
import './hiring-alerts.css';

/**
 * "They are hiring now": companies where the seeker met someone that turned
 * to HIRING, each naming the person to get back to. Nothing at all when
 * there are none, so the dashboard stays calm.
 */
export function HiringAlertsSection() {
  const headingId = useId();
  const { alerts } = useDashboardHiringAlerts();
  const dismiss = useDismissHiringAlert();
  const [problem, setProblem] = useState<string | null>(null);
  // A dismissed alert stays in the cache with its time; it leaves the list at once.
  // While loading, or if loading failed, the section keeps out of the way: the
  // rest of the dashboard says what is wrong with the connection.
  const open = (alerts ?? []).filter((alert) => alert.dismissedAt === null);
  if (open.length === 0) return null;

  async function dismissAlert(id: string) {
    setProblem(null);
    try {
      await dismiss(id);
    } catch (error) {
      setProblem(messageFor(error));
    }
  }

  return (
    <Card as="section" aria-labelledby={headingId} className="dashboard-panel">
      <h2 id={headingId} className="dashboard-panel__title">
        Hiring now where you met someone
      </h2>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <ul className="hiring-alerts" aria-label="Hiring alerts, newest first">
        {open.map((alert) => (
          <li key={alert.id} className="hiring-alerts__item">
            <h3 className="hiring-alerts__company">{alert.company.name}</h3>
            <p className="hiring-alerts__message">{alert.message}</p>
            <div className="hiring-alerts__reach">
              {alert.contact ? (
                <>
                  <span>
                    Get back to{' '}
                    <Link to={paths.contact.href(alert.contact.id)}>{alert.contact.fullName}</Link>
                    {alert.contact.title ? `, ${alert.contact.title}` : ''}
                  </span>
                  {alert.contact.phone ? (
                    <a href={`tel:${alert.contact.phone}`}>{alert.contact.phone}</a>
                  ) : null}
                  {alert.contact.email ? (
                    <a href={`mailto:${alert.contact.email}`}>{alert.contact.email}</a>
                  ) : null}
                </>
              ) : null}
              <span className="muted">
                Since <time dateTime={alert.createdAt}>{formatDate(alert.createdAt)}</time>
              </span>
              <Button size="sm" variant="ghost" onClick={() => void dismissAlert(alert.id)}>
                Done<VisuallyHidden> with the {alert.company.name} alert</VisuallyHidden>
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
