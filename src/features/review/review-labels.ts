/** The i18n keys of case statuses (办件状态), actions (办理环节), roles and queue tabs on the review desk. */
import type { ActionType, CaseStatus } from '../../domain/case/case-types';
import type { BadgeTone } from '../../ui/Badge';
import type { MessageKey } from '../../ui/i18n/i18n';
import type { QueueFilter } from './review-queue';

export const STATUS_KEYS = {
  submitted: 'review.status.submitted',
  received: 'review.status.received',
  correction: 'review.status.correction',
  not_accepted: 'review.status.not_accepted',
  accepted: 'review.status.accepted',
  under_review: 'review.status.under_review',
  suspended: 'review.status.suspended',
  decided: 'review.status.decided',
  delivered: 'review.status.delivered',
  archived: 'review.status.archived',
  withdrawn: 'review.status.withdrawn',
} as const satisfies Record<CaseStatus, MessageKey>;

export const STATUS_TONES: Record<CaseStatus, BadgeTone> = {
  submitted: 'brand',
  received: 'brand',
  correction: 'warning',
  not_accepted: 'neutral',
  accepted: 'brand',
  under_review: 'brand',
  suspended: 'warning',
  decided: 'success',
  delivered: 'success',
  archived: 'neutral',
  withdrawn: 'neutral',
};

export const ACTION_KEYS = {
  submit: 'review.action.submit',
  receive: 'review.action.receive',
  request_correction: 'review.action.request_correction',
  resubmit: 'review.action.resubmit',
  refuse: 'review.action.refuse',
  accept: 'review.action.accept',
  forward: 'review.action.forward',
  review: 'review.action.review',
  suspend: 'review.action.suspend',
  resume: 'review.action.resume',
  extend: 'review.action.extend',
  decide: 'review.action.decide',
  deliver: 'review.action.deliver',
  archive: 'review.action.archive',
  withdraw: 'review.action.withdraw',
  evaluate: 'review.action.evaluate',
} as const satisfies Record<ActionType, MessageKey>;

export const FILTER_KEYS = {
  open: 'review.filter.open',
  submitted: 'review.filter.submitted',
  received: 'review.filter.received',
  correction: 'review.filter.correction',
  in_review: 'review.filter.in_review',
  suspended: 'review.filter.suspended',
  done: 'review.filter.done',
} as const satisfies Record<QueueFilter, MessageKey>;

/** 材料收取形式 (as received) and 必要性 (as the item asks), in the core catalogue's words. */
export const FORM_KEYS = {
  原件: 'intake.form.original',
  复印件: 'intake.form.copy',
  电子: 'intake.form.electronic',
} as const satisfies Record<string, MessageKey>;

export const NECESSITY_KEYS = {
  必要: 'necessity.required',
  非必要: 'necessity.optional',
  容缺: 'necessity.deferrable',
} as const satisfies Record<string, MessageKey>;
