import { useEffect, useState } from 'react';
import { Button, type ButtonSize } from './button';

export interface CopyButtonProps {
  /** What lands on the clipboard. */
  text: string;
  /** The button's text, e.g. "Copy the email". */
  label: string;
  size?: ButtonSize;
}

type CopyState = 'idle' | 'copied' | 'failed';

// Long enough to notice; the live region says it once either way.
const CONFIRMATION_MS = 4000;

/**
 * Copies text to the clipboard and says so in a polite live region, since a
 * silent clipboard gives no sign that anything happened. Browsers refuse the
 * clipboard on insecure pages; the message then suggests selecting the text.
 */
export function CopyButton({ text, label, size = 'sm' }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="rp-copy">
      <Button size={size} onClick={() => void copy()}>
        {label}
      </Button>
      <span role="status" className="rp-copy__status">
        {state === 'copied' ? 'Copied.' : null}
        {state === 'failed' ? 'Could not copy here; select the text and copy it instead.' : null}
      </span>
    </span>
  );
}
