import './loading-indicator.css';

export function LoadingIndicator({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="rp-loading" role="status">
      <span className="rp-loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
