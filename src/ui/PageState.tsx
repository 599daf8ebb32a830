import { Button } from 'antd-mobile';
import type { ReactNode } from 'react';
import './page-state.css';

/**
 * A centred "loading" message with a spinner; announced politely to screen readers.
 * A CSS spinner rather than antd-mobile's SpinLoading, which brings react-spring into the first screen.
 */
export function LoadingState({ label }: { label: string }) {
  return (
    <div className="db-state" role="status">
      <span className="db-spinner" aria-hidden="true" />
      <p className="db-state__title">{label}</p>
    </div>
  );
}

/** A failure with its reason and an optional retry. */
export function ErrorState({
  title,
  detail,
  retryLabel,
  onRetry,
}: {
  title: string;
  detail?: string;
  retryLabel?: string;
  onRetry?: () => void;
}) {
  return (
    <div className="db-state db-state--error" role="alert">
      <p className="db-state__title">{title}</p>
      {detail ? <p className="db-state__detail">{detail}</p> : null}
      {onRetry && retryLabel ? (
        <Button color="primary" onClick={onRetry}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  );
}

/** Nothing to show, with a hint and an optional action. */
export function EmptyState({
  title,
  detail,
  action,
}: {
  title: string;
  detail?: string;
  action?: ReactNode;
}) {
  return (
    <div className="db-state">
      <p className="db-state__title">{title}</p>
      {detail ? <p className="db-state__detail">{detail}</p> : null}
      {action}
    </div>
  );
}
