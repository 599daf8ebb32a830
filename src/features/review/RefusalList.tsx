import { Button } from 'antd-mobile';
import { useId } from 'react';
import { useLanguage, useT } from '../../ui/i18n/use-t';
import {
  draftFromPayload,
  isReviewActionType,
  type ActionDraft,
  type ReviewActionType,
} from './action-draft';
import { timeText } from './review-format';
import { ACTION_KEYS } from './review-labels';
import type { Refusal } from './review-timeline';

/**
 * 未被采纳的办理: the reviewer's own actions the server refused — what, when, the server's reason, what had
 * happened first (e.g. another reviewer's 受理), and the content that was typed, kept. When the same action
 * is possible now, it can be taken up again with that content.
 */
export function RefusalList({
  refusals,
  canRetry,
  onRetry,
}: {
  refusals: readonly Refusal[];
  canRetry: (type: ReviewActionType) => boolean;
  onRetry: (type: ReviewActionType, draft: ActionDraft) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  if (refusals.length === 0) return null;
  return (
    <section className="db-review-panel db-review-refusals" aria-labelledby={`${ids}-heading`} role="alert">
      <h2 id={`${ids}-heading`} className="db-review-panel__heading">
        {t('review.refusal.heading', { n: refusals.length })}
      </h2>
      <ul className="db-review-refusals__list">
        {refusals.map(({ action, reason, summary, cause }) => {
          const type = action.type;
          const isRetryable = isReviewActionType(type) && canRetry(type);
          return (
            <li key={action.id} className="db-review-refusals__item" data-testid="case-refusal">
              <p className="db-review-refusals__what">
                {t('review.refusal.item', {
                  action: t(ACTION_KEYS[type]),
                  time: timeText(action.clientTime, language),
                  reason,
                })}
              </p>
              {cause !== null ? (
                <p className="db-review-refusals__cause">
                  {t('review.refusal.cause', {
                    actor: cause.actorName,
                    time: timeText(cause.at, language),
                    action: t(ACTION_KEYS[cause.type]),
                  })}
                </p>
              ) : null}
              {summary !== '' ? (
                <p className="db-review-refusals__kept">
                  {t('review.refusal.kept')}
                  <span className="db-review-refusals__content">{summary}</span>
                </p>
              ) : null}
              {isRetryable ? (
                <Button
                  size="small"
                  fill="outline"
                  color="primary"
                  onClick={() => onRetry(type, draftFromPayload(type, action.payload))}
                >
                  {t('review.refusal.retry', { action: t(ACTION_KEYS[type]) })}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
