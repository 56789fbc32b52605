import { Alert } from './alert';
import { Button } from './button';

export interface RetryAlertProps {
  /** What could not be done, e.g. "The companies could not be loaded." */
  title: string;
  /** Why, in a sentence the reader can act on. */
  message: string;
  onRetry: () => void;
}

/** A failed load, with a way to try again. */
export function RetryAlert({ title, message, onRetry }: RetryAlertProps) {
  return (
    <Alert tone="error" title={title}>
      <p>{message}</p>
      <Button size="sm" onClick={onRetry}>
        Try again
      </Button>
    </Alert>
  );
}
