import { Link } from 'react-router';
import { casePathOf } from '../../app/routes';
import { Badge } from '../../ui/Badge';
import { useT } from '../../ui/i18n/use-t';
import { STATUS_KEYS } from './case-labels';
import type { ListedCase } from './case-list-filter';
import { dateOf } from './case-time';
import { LightBadge } from './LightBadge';
import { identityNumberOf } from './masked-identity';

/** One case in the list: applicant (number masked), item, receipt number, status, light, upload state. */
export function CaseRow({ listed }: { listed: ListedCase }) {
  const t = useT();
  const { head, light, pendingCount, rejectedCount } = listed;
  const tone = head.status === 'correction' || head.status === 'decided' ? 'warning' : 'neutral';
  return (
    <Link to={casePathOf(head.id)} className="db-case-row" data-testid="case-row">
      <span className="db-case-row__who">
        <strong className="db-case-row__name">{head.applicant.name}</strong>
        <span className="db-case-row__id">{identityNumberOf(head.applicant, false)}</span>
      </span>
      <span className="db-case-row__item">{head.item.name}</span>
      <span className="db-case-row__meta">
        <span className="db-case-row__receipt">{head.receiptNo}</span>
        <span>{t('cases.row.submittedOn', { date: dateOf(head.submittedAt) })}</span>
        {head.deadline ? <span>{t('cases.row.deadline', { date: head.deadline })}</span> : null}
      </span>
      <span className="db-case-row__badges">
        <Badge tone={tone}>{t(STATUS_KEYS[head.status])}</Badge>
        <LightBadge light={light} />
        {pendingCount > 0 ? <Badge tone="brand">{t('cases.row.pending')}</Badge> : null}
        {rejectedCount > 0 ? (
          <span className="db-case-row__rejected">{t('cases.row.rejected', { count: rejectedCount })}</span>
        ) : null}
      </span>
    </Link>
  );
}
