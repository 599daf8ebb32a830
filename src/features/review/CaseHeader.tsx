import { Link } from 'react-router';
import { correctionNoticePath } from '../../app/routes';
import { chinaDateOf } from '../../domain/calendar/china-date';
import type { WorkingDayCalendar } from '../../domain/calendar/working-day-calendar-type';
import { promisedWorkingDaysOf } from '../../domain/case/case-deadline';
import type { CaseHead } from '../../domain/case/case-types';
import type { SupervisionLightResult } from '../../domain/supervision/supervision-light';
import { Badge } from '../../ui/Badge';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { calendarNotesText } from './AcceptancePreviewNote';
import { calendarNotesBetween } from './deadline-preview';
import { dateText, timeText } from './review-format';
import { STATUS_KEYS, STATUS_TONES } from './review-labels';
import { SupervisionLightChip } from './SupervisionLightChip';

/** The case at a glance: item, receipt number, status, station, dates, 承诺办结日期 and the 电子监察 light. */
export function CaseHeader({
  head,
  light,
  villageName,
  pendingCount,
  calendar,
}: {
  head: CaseHead;
  light: SupervisionLightResult;
  villageName: string;
  pendingCount: number;
  calendar: WorkingDayCalendar;
}) {
  const t = useT();
  const language = useLanguage();
  const agent = head.timeline.find((entry) => entry.type === 'submit')?.actorName ?? '';
  const promisedDays = promisedWorkingDaysOf(head.item);
  const acceptedOn = head.acceptedAt === null ? null : chinaDateOf(head.acceptedAt);
  const deadlineNotes =
    acceptedOn !== null && head.deadline !== null
      ? calendarNotesText(calendarNotesBetween(acceptedOn, head.deadline, calendar), t, language)
      : [];
  const facts: Array<[string, string]> = [
    [t('review.case.receiptNo'), head.receiptNo],
    [t('review.case.station'), villageName ? `${villageName} · ${agent}` : agent],
    [t('review.case.submittedAt'), timeText(head.submittedAt, language)],
  ];
  if (head.receivedAt !== null)
    facts.push([t('review.case.receivedAt'), timeText(head.receivedAt, language)]);
  if (head.acceptedAt !== null)
    facts.push([t('review.case.acceptedAt'), timeText(head.acceptedAt, language)]);
  facts.push([
    t('review.case.promised'),
    promisedDays === 0
      ? t('review.case.instant')
      : t('review.case.promisedDays', { days: promisedDays + head.extensionDays }),
  ]);

  return (
    <header className="db-review-panel db-review-head">
      <div className="db-review-head__title-row">
        <h1 className="db-review-head__title">{head.item.name}</h1>
        <Badge tone={STATUS_TONES[head.status]}>
          {head.handlingLevel === 'district' ? t('review.status.forwarded') : t(STATUS_KEYS[head.status])}
        </Badge>
      </div>
      <div className="db-review-head__body">
        <dl className="db-review-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="db-review-facts__row">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className="db-review-head__deadline">
          <p className="db-review-head__deadline-label">{t('review.case.deadline')}</p>
          <p className="db-review-head__deadline-date" data-testid="case-deadline">
            {head.deadline === null ? t('review.case.noDeadline') : dateText(head.deadline, language)}
          </p>
          {deadlineNotes.map((line) => (
            <p key={line} className="db-review-head__deadline-note">
              {line}
            </p>
          ))}
          <SupervisionLightChip result={light} />
        </div>
      </div>
      {head.decision !== null ? (
        <p className="db-review-head__decision">
          {t(
            head.decision.outcome === 'approved'
              ? 'review.case.decidedApproved'
              : 'review.case.decidedDenied',
            {
              documentNo: head.decision.documentNo,
              date: dateText(chinaDateOf(head.decision.decidedAt), language),
            },
          )}
        </p>
      ) : null}
      {head.refusalReason !== null && head.status === 'not_accepted' ? (
        <p className="db-review-head__decision">{t('review.case.refused', { reason: head.refusalReason })}</p>
      ) : null}
      {head.withdrawnReason !== null ? (
        <p className="db-review-head__decision">
          {t('review.case.withdrawn', { reason: head.withdrawnReason })}
        </p>
      ) : null}
      {head.correctionNotice !== null ? (
        <p className="db-review-head__notice">
          <Link to={correctionNoticePath(head.id)}>
            {head.status === 'correction' ? t('review.notice.openCurrent') : t('review.notice.openLast')}
          </Link>
        </p>
      ) : null}
      {pendingCount > 0 ? (
        <p className="db-review-head__pending" role="status">
          {t('review.case.pendingUpload', { n: pendingCount })}
        </p>
      ) : null}
    </header>
  );
}
