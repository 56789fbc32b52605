import { useId, useState } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import './field.css';
import './one-time-secret.css';

export interface OneTimeSecretProps {
  /** e.g. "New API key for Career centre". */
  title: string;
  /** What the field is called, for the label and the copy button. */
  label: string;
  secret: string;
  /** Closes the panel once the person has copied it. */
  onDone: () => void;
}

/**
 * A secret the server shows only once (an API key, a signing secret): in a
 * read-only field that selects itself, with a copy button and a plain
 * warning that it cannot be shown again. Announced politely when it appears.
 */
export function OneTimeSecret({ title, label, secret, onDone }: OneTimeSecretProps) {
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): the field stays selectable.
      setCopied('failed');
    }
  }

  return (
    <Alert tone="success" live title={title} className="rp-secret">
      <p>Copy it now and keep it somewhere safe: it will not be shown again.</p>
      <label htmlFor={id} className="rp-secret__label">
        {label}
      </label>
      <div className="rp-secret__row">
        <input
          id={id}
          className="rp-field__control rp-secret__value"
          readOnly
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button onClick={() => void copy()}>Copy</Button>
        <Button variant="ghost" onClick={onDone}>
          Done
        </Button>
      </div>
      <p aria-live="polite" className="rp-secret__status">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'Copying was blocked by the browser: select the text and copy it.'
            : ''}
      </p>
    </Alert>
  );
}
