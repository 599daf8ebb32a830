/** The 电子监察 light's detail in words (剩余 / 今日到期 / 已超期 / 按期办结 …), for the queue and the case. Pure. */
import type { SupervisionLightResult } from '../../domain/supervision/supervision-light';
import type { Translate } from '../../ui/i18n/i18n';

/** The detail: working days left or over, finished on time or late, paused. */
export function lightDetailOf(result: SupervisionLightResult, t: Translate): string {
  const { light, remainingWorkingDays, overdueWorkingDays, paused, finished } = result;
  if (light === 'none') return t('review.light.notStarted');
  let text: string;
  if (finished)
    text =
      light === 'red'
        ? t('review.light.finishedLate', { n: overdueWorkingDays })
        : t('review.light.finishedOnTime');
  else if (light === 'red') text = t('review.light.overdue', { n: overdueWorkingDays });
  else if (remainingWorkingDays === 0) text = t('review.light.dueToday');
  else text = t('review.light.remaining', { n: remainingWorkingDays ?? 0 });
  // A finished case's clock has stopped for good: no 「暂停计时」 (even when it was decided inside a pause).
  return paused && !finished ? `${text}${t('review.light.pausedSuffix')}` : text;
}
