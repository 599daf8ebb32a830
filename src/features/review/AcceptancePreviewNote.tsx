import type { IsoDate, WorkingDayCalendar } from '../../domain/calendar/working-day-calendar-type';
import type { CaseHead } from '../../domain/case/case-types';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import { acceptancePreviewOf, type CalendarNotes } from './deadline-preview';
import { dateText, shortDateText } from './review-format';
import type { Language, Translate } from '../../ui/i18n/i18n';

/** '国庆节 10月1日至10月7日、…' and '10月10日（星期六）…' for the holidays and 调休 days a count crosses. */
export function calendarNotesText(notes: CalendarNotes, t: Translate, language: Language): string[] {
  const separator = t('list.separator');
  const lines: string[] = [];
  if (notes.holidays.length > 0) {
    const runs = notes.holidays.map((run) => {
      const span =
        run.from === run.to
          ? shortDateText(run.from, language)
          : t('review.accept.span', {
              from: shortDateText(run.from, language),
              to: shortDateText(run.to, language),
            });
      return run.name === null ? span : `${run.name} ${span}`;
    });
    lines.push(t('review.accept.holidays', { list: runs.join(separator) }));
  }
  if (notes.swappedWorkdays.length > 0)
    lines.push(
      t('review.accept.swapped', {
        list: notes.swappedWorkdays.map((day) => shortDateText(day, language)).join(separator),
      }),
    );
  return lines;
}

/** Before 受理: the date it will promise, counted in working days from today, and the holidays it skips. */
export function AcceptancePreviewNote({
  head,
  today,
  calendar,
}: {
  head: CaseHead;
  today: IsoDate;
  calendar: WorkingDayCalendar;
}) {
  const t = useT();
  const language = useLanguage();
  const preview = acceptancePreviewOf(head, today, calendar);
  return (
    <div className="db-review-preview" data-testid="acceptance-preview">
      <p className="db-review-preview__date">
        {preview.workingDays === 0
          ? t('review.accept.previewInstant', { date: dateText(preview.deadline, language) })
          : t('review.accept.preview', {
              date: dateText(preview.deadline, language),
              days: preview.workingDays,
            })}
      </p>
      {calendarNotesText(preview.notes, t, language).map((line) => (
        <p key={line} className="db-review-preview__note">
          {line}
        </p>
      ))}
      <p className="db-review-preview__note">{t('review.accept.serverDecides')}</p>
    </div>
  );
}
