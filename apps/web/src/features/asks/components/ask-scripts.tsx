import { askAdvice } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { CopyButton } from '@rapport/ui/copy-button';
import { Tabs } from '@rapport/ui/tabs';
import type { ContactAskQuery } from '../../../gql/graphql';

type Contact = ContactAskQuery['contact'];

function Script({ text, copyLabel }: { text: string; copyLabel: string }) {
  return (
    <div className="ask-script">
      <p className="ask-script__text">{text}</p>
      <CopyButton text={text} label={copyLabel} />
    </div>
  );
}

/** What to say, by phone or by email, with the domain's advice when the company is not hiring. */
export function AskScripts({ contact }: { contact: Contact }) {
  const company = contact.company;
  const notHiring = company !== null && company !== undefined && company.hiringStatus !== 'HIRING';
  return (
    <section aria-labelledby="ask-script-title" className="ask-section">
      <h3 id="ask-script-title" className="ask-section__title">
        What to say
      </h3>
      {notHiring ? (
        <Alert
          tone="info"
          title={
            company.hiringStatus === 'NOT_HIRING' ? 'Not hiring? Still ask.' : 'Hiring or not, ask.'
          }
        >
          <p>{askAdvice(company).message}</p>
        </Alert>
      ) : null}
      <Tabs
        label="Ask script"
        tabs={[
          {
            id: 'phone',
            label: 'Phone',
            content: <Script text={contact.askScript.phone} copyLabel="Copy the phone script" />,
          },
          {
            id: 'email',
            label: 'Email',
            content: <Script text={contact.askScript.email} copyLabel="Copy the email" />,
          },
        ]}
      />
    </section>
  );
}
