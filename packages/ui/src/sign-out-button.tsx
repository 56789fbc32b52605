import { Button, type ButtonSize } from './button';
import './sign-out-button.css';

export interface SignOutButtonProps {
  onClick: () => void;
  busy: boolean;
  /** Why signing out failed; announced as soon as it appears. */
  problem: string | null;
  label?: string;
  size?: ButtonSize;
}

export function SignOutButton({
  onClick,
  busy,
  problem,
  label = 'Sign out',
  size = 'sm',
}: SignOutButtonProps) {
  return (
    <>
      <Button variant="secondary" size={size} busy={busy} onClick={onClick}>
        {label}
      </Button>
      {problem ? (
        <span role="alert" className="rp-sign-out__problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}
