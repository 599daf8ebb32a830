/**
 * Payload consistency (invalid_payload): checks that need the case, or more than the schema says.
 * Runs after the role and transition checks, so the head exists for every action but submit.
 */
import type { ServiceItemSnapshot } from '../catalogue/service-item';
import type { CaseAction, CaseHead } from './case-types';

/** 差评 levels (不满意, 非常不满意) need a written reason of at least this many characters. */
export const MIN_BAD_REVIEW_REASON_CHARS = 2;

function unknownMaterialOf(item: ServiceItemSnapshot, ids: readonly (string | null)[]): string | null {
  const known = new Set(item.materials.map((m) => m.id));
  const unknown = ids.find((id) => id !== null && !known.has(id));
  return unknown === undefined || unknown === null
    ? null
    : `材料「${unknown.slice(0, 64)}」不在事项「${item.name}」的申请材料清单中`;
}

/** The Chinese reason the payload does not fit the case, or null when it does. */
export function payloadProblemOf(head: CaseHead | null, action: CaseAction): string | null {
  switch (action.type) {
    case 'submit': {
      const { item, materials } = action.payload;
      if (item.promisedDays > item.legalDays) return '事项的承诺办结时限不能超过法定办结时限';
      return unknownMaterialOf(
        item,
        materials.map((m) => m.materialId),
      );
    }
    case 'request_correction': {
      if (head === null) return null;
      const ids = action.payload.items.map((i) => i.materialId);
      const unknown = unknownMaterialOf(head.item, ids);
      if (unknown !== null) return unknown;
      const named = ids.filter((id): id is string => id !== null);
      // 一次性告知: one line per material, listing every problem of it at once
      if (new Set(named).size !== named.length) return '一次性告知中同一材料只能列一项';
      return null;
    }
    case 'resubmit':
      return head === null
        ? null
        : unknownMaterialOf(
            head.item,
            action.payload.materials.map((m) => m.materialId),
          );
    case 'decide':
      return action.payload.outcome === 'denied' && action.payload.reason.trim() === ''
        ? '不予许可（不予办理）须写明理由'
        : null;
    case 'evaluate': {
      const { level, reason } = action.payload;
      const isBad = level === '不满意' || level === '非常不满意';
      return isBad && [...reason.trim()].length < MIN_BAD_REVIEW_REASON_CHARS
        ? `「${level}」须填写至少${MIN_BAD_REVIEW_REASON_CHARS}个字的理由`
        : null;
    }
    default:
      return null;
  }
}
