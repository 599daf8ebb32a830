/** The catalogue keys of the case vocabulary (statuses, actions, lights, levels, methods, forms). */
import type { ActionType, CaseStatus, ReceivedMaterial } from '../../domain/case/case-types';
import type { Role } from '../../domain/roles';
import type { SatisfactionLevel } from '../../domain/evaluation/satisfaction';
import type { SupervisionLight, SupervisionLightResult } from '../../domain/supervision/supervision-light';
import type { MessageKey, Translate } from '../../ui/i18n/i18n';
import type { DeliveryMethod } from './delivery-form';

export const STATUS_KEYS = {
  submitted: 'cases.status.submitted',
  received: 'cases.status.received',
  correction: 'cases.status.correction',
  not_accepted: 'cases.status.not_accepted',
  accepted: 'cases.status.accepted',
  under_review: 'cases.status.under_review',
  suspended: 'cases.status.suspended',
  decided: 'cases.status.decided',
  delivered: 'cases.status.delivered',
  archived: 'cases.status.archived',
  withdrawn: 'cases.status.withdrawn',
} as const satisfies Record<CaseStatus, MessageKey>;

export const ACTION_KEYS = {
  submit: 'cases.action.submit',
  receive: 'cases.action.receive',
  request_correction: 'cases.action.request_correction',
  resubmit: 'cases.action.resubmit',
  refuse: 'cases.action.refuse',
  accept: 'cases.action.accept',
  forward: 'cases.action.forward',
  review: 'cases.action.review',
  suspend: 'cases.action.suspend',
  resume: 'cases.action.resume',
  extend: 'cases.action.extend',
  decide: 'cases.action.decide',
  deliver: 'cases.action.deliver',
  archive: 'cases.action.archive',
  withdraw: 'cases.action.withdraw',
  evaluate: 'cases.action.evaluate',
} as const satisfies Record<ActionType, MessageKey>;

export const ROLE_KEYS = {
  agent: 'role.agent',
  reviewer: 'role.reviewer',
  supervisor: 'role.supervisor',
  admin: 'role.admin',
} as const satisfies Record<Role, MessageKey>;

export const LIGHT_KEYS = {
  green: 'cases.light.green',
  yellow: 'cases.light.yellow',
  red: 'cases.light.red',
  none: 'cases.light.none',
} as const satisfies Record<SupervisionLight, MessageKey>;

/** Levels are stored by their Chinese name (好差评 standard); the screen shows them from the catalogue. */
export const LEVEL_KEYS = {
  非常满意: 'cases.level.veryGood',
  满意: 'cases.level.good',
  基本满意: 'cases.level.fair',
  不满意: 'cases.level.poor',
  非常不满意: 'cases.level.veryPoor',
} as const satisfies Record<SatisfactionLevel, MessageKey>;

export const DELIVERY_KEYS = {
  in_person: 'cases.delivery.in_person',
  collected: 'cases.delivery.collected',
  post: 'cases.delivery.post',
} as const satisfies Record<DeliveryMethod, MessageKey>;

export const FORM_KEYS = {
  原件: 'cases.form.original',
  复印件: 'cases.form.copy',
  电子: 'cases.form.electronic',
} as const satisfies Record<ReceivedMaterial['form'], MessageKey>;

/** The light in words: 「黄灯 预警：剩余 1 个工作日（暂停计时）」. */
export function lightDetailOf(result: SupervisionLightResult, t: Translate): string {
  const { light, remainingWorkingDays, overdueWorkingDays, paused, finished } = result;
  if (light === 'none') return t('cases.light.notAccepted');
  const suffix = paused ? t('cases.light.paused') : '';
  if (finished)
    return light === 'red' ? t('cases.light.late', { days: overdueWorkingDays }) : t('cases.light.onTime');
  if (light === 'red') return `${t('cases.light.overdue', { days: overdueWorkingDays })}${suffix}`;
  if (remainingWorkingDays === 0) return `${t('cases.light.dueToday')}${suffix}`;
  return `${t('cases.light.remaining', { days: remainingWorkingDays ?? 0 })}${suffix}`;
}
