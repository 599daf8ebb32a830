/**
 * Chinese names of the case statuses (办件状态) and actions (办理环节), for messages built in the
 * domain (rejection reasons, timeline summaries). Screens take their labels from the i18n catalogue.
 */
import type { ActionType, CaseStatus } from './case-types';

export const CASE_STATUS_NAMES_ZH = {
  submitted: '已报送',
  received: '已收件',
  correction: '待补正',
  not_accepted: '不予受理',
  accepted: '已受理',
  under_review: '审查中',
  suspended: '已挂起',
  decided: '已办结',
  delivered: '已送达',
  archived: '已归档',
  withdrawn: '已撤回',
} as const satisfies Record<CaseStatus, string>;

export const ACTION_NAMES_ZH = {
  submit: '提交',
  receive: '收件',
  request_correction: '补正告知',
  resubmit: '补正提交',
  refuse: '不予受理',
  accept: '受理',
  forward: '转报',
  review: '审查',
  suspend: '挂起',
  resume: '恢复',
  extend: '延长',
  decide: '办结',
  deliver: '送达',
  archive: '归档',
  withdraw: '撤回',
  evaluate: '评价',
} as const satisfies Record<ActionType, string>;

/** 特别程序 kinds (行政许可法 §45) of a 挂起. */
export const SUSPENSION_KIND_NAMES_ZH = {
  hearing: '听证',
  inspection: '现场核查',
  appraisal: '检验检测鉴定',
  expert_review: '专家评审',
  other: '其他特别程序',
} as const;

/** 送达方式 */
export const DELIVERY_METHOD_NAMES_ZH = {
  in_person: '当面送达',
  post: '邮寄送达',
  collected: '申请人自取',
} as const;

/** 办结结果 */
export const OUTCOME_NAMES_ZH = {
  approved: '准予',
  denied: '不予',
} as const;
