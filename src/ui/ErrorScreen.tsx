import { Button } from 'antd-mobile';
import { BrandMark } from './BrandMark';
import './page-state.css';

/** A whole-page message (crash, missing page) with a way forward. Plain links: it must work without the router. */
export function ErrorScreen({
  title,
  body,
  primaryLabel,
  onPrimary,
  secondaryLabel,
  secondaryHref,
}: {
  title: string;
  body: string;
  primaryLabel: string;
  onPrimary: () => void;
  secondaryLabel?: string;
  secondaryHref?: string;
}) {
  return (
    <main className="db-error-screen">
      <div className="db-state db-state--error" role="alert">
        <BrandMark size={56} />
        <h1 className="db-state__title">{title}</h1>
        <p className="db-state__detail">{body}</p>
        <div className="db-error-screen__actions">
          <Button color="primary" size="large" onClick={onPrimary}>
            {primaryLabel}
          </Button>
          {secondaryLabel && secondaryHref ? (
            <a className="db-error-screen__link" href={secondaryHref}>
              {secondaryLabel}
            </a>
          ) : null}
        </div>
      </div>
    </main>
  );
}
