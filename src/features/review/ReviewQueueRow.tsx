import { Link } from 'react-router';
import { reviewCasePath } from '../../app/routes';
import { chinaDateOf } from '../../domain/calendar/china-date';
import { maskCreditCode, maskResidentId } from '../../domain/identity/mask';
import { Badge } from '../../ui/Badge';
import type { Language, Translate } from '../../ui/i18n/i18n';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { dateText } from './review-format';
import { STATUS_KEYS, STATUS_TONES } from './review-labels';
import type { QueueEntry } from './review-queue';
import { SupervisionLightChip } from './SupervisionLightChip';

/** What became of a case the township is done with. */
function doneLineOf(entry: QueueEntry, t: Translate, language: Language): string {
  const { head } = entry;
  if (head.handlingLevel === 'district') return t('review.row.forwarded');
  if (head.decision !== null)
    return t(
      head.decision.outcome === 'approved' ? 'review.row.decidedApproved' : 'review.row.decidedDenied',
      {
        date: dateText(chinaDateOf(head.decision.decidedAt), language),
      },
    );
  if (head.status === 'withdrawn') return t('review.row.withdrawn');
  return t('review.row.notAccepted');
}

/** One case in the queue: the whole row opens it (a large target); ID numbers masked. */
export function ReviewQueueRow({ entry, villageName }: { entry: QueueEntry; villageName: string }) {
  const t = useT();
  const language = useLanguage();
  const { head, light, due, dueKind, pendingCount, rejectedCount } = entry;
  const maskedId =
    head.applicant.kind === 'person'
      ? maskResidentId(head.applicant.idNumber)
      : maskCreditCode(head.applicant.creditCode);
  let dueLine: string;
  if (entry.isDone) dueLine = doneLineOf(entry, t, language);
  else if (dueKind === 'deadline' && due !== null)
    dueLine = t('review.row.deadline', { date: dateText(due, language) });
  else if (dueKind === 'notice' && due !== null)
    dueLine = t(entry.isNoticeOverdue ? 'review.row.noticeOverdue' : 'review.row.noticeDue', {
      date: dateText(due, language),
    });
  else if (head.status === 'correction') dueLine = t('review.row.waitingCorrection');
  else dueLine = t('review.row.submitted', { date: dateText(chinaDateOf(head.submittedAt), language) });

  return (
    <li className="db-review-row" data-testid="review-case" data-case-id={head.id}>
      <Link className="db-review-row__link" to={reviewCasePath(head.id)}>
        <span className="db-review-row__light">
          <SupervisionLightChip result={light} isCompact />
        </span>
        <span className="db-review-row__main">
          <span className="db-review-row__title">
            <strong className="db-review-row__item">{head.item.name}</strong>
            <span className="db-review-row__applicant">
              {head.applicant.name} <span className="db-review-row__id">{maskedId}</span>
            </span>
          </span>
          <span className="db-review-row__meta">
            {villageName ? <span>{villageName}</span> : null}
            <span className="db-review-row__receipt">{head.receiptNo}</span>
          </span>
          <span className={`db-review-row__due${entry.isNoticeOverdue ? ' db-review-row__due--late' : ''}`}>
            {dueLine}
          </span>
        </span>
        <span className="db-review-row__badges">
          <Badge tone={STATUS_TONES[head.status]}>
            {head.handlingLevel === 'district' ? t('review.status.forwarded') : t(STATUS_KEYS[head.status])}
          </Badge>
          {pendingCount > 0 ? (
            <Badge tone="warning">{t('review.row.pending', { n: pendingCount })}</Badge>
          ) : null}
          {rejectedCount > 0 ? (
            <span className="db-review-row__refused">{t('review.row.refused', { n: rejectedCount })}</span>
          ) : null}
        </span>
      </Link>
    </li>
  );
}
