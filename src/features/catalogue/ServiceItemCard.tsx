import { Link } from 'react-router';
import { guidePath } from '../../app/routes';
import { isAtMostOneTrip, type ServiceItem } from '../../domain/catalogue/service-item';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { isFree } from './catalogue-format';
import { HighlightedName } from './HighlightedName';

/** One item of the catalogue list; the whole card opens the 办事指南. */
export function ServiceItemCard({
  item,
  highlight,
  from,
}: {
  item: ServiceItem;
  highlight: readonly number[];
  from: string;
}) {
  const t = useT();
  const free = isFree(item);
  return (
    <li className="db-card">
      <Link className="db-card__link" to={guidePath(item.code)} state={{ from }}>
        <h2 className="db-card__title">
          <HighlightedName name={item.name} highlight={highlight} />
        </h2>
        <p className="db-card__meta">
          {item.category} · {item.department}
        </p>
        <div className="db-card__badges">
          <Badge tone="brand">
            {item.promisedDays === 0
              ? t('catalogue.onTheSpot')
              : t('catalogue.promisedDays', { days: item.promisedDays })}
          </Badge>
          {isAtMostOneTrip(item) ? <Badge tone="success">{t('catalogue.atMostOneTrip')}</Badge> : null}
          <Badge tone={free ? 'success' : 'warning'}>
            {free ? t('catalogue.free') : t('catalogue.charged')}
          </Badge>
          <Badge tone="neutral">{t(`catalogue.handledAt.${item.handledAt}`)}</Badge>
        </div>
        <svg
          className="db-card__chevron"
          viewBox="0 0 24 24"
          width="24"
          height="24"
          aria-hidden="true"
          focusable="false"
        >
          <path
            d="M9 5l7 7-7 7"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </Link>
    </li>
  );
}
