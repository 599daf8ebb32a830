/** Small pure helpers the catalogue screens share: fees, categories, process steps, enum labels. */
import type { CaseKind, Material, ServiceItem } from '../../domain/catalogue/service-item';
import type { MessageKey } from '../../ui/i18n/i18n';

/** 免费: no fee items, or every fee item says it is free. */
export function isFree(item: Pick<ServiceItem, 'fees'>): boolean {
  return item.fees.every((fee) => /^(免费|不收费|无|0(\.0+)?\s*元?)$/.test(fee.standard.trim()));
}

export interface CategoryCount {
  name: string;
  count: number;
}

/** Categories in the order they first appear in the catalogue, with how many items each has. */
export function categoriesOf(items: readonly Pick<ServiceItem, 'category'>[]): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.category, (counts.get(item.category) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count }));
}

const STEP_NUMBER =
  /^\s*(?:第?[0-9一二三四五六七八九十]+(?:[.、．)）]|步[:：、]?)|[（(][0-9一二三四五六七八九十]+[)）]|[①-⑳])\s*/;

/**
 * 办理流程 as steps: one per line (or per "；"-separated clause when it is a single line),
 * leading numbers removed because the list numbers them again.
 */
export function processSteps(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const parts =
    lines.length > 1
      ? lines
      : (lines[0] ?? '').split(/[；;](?=\s*(?:第?[0-9一二三四五六七八九十]|[（(①-⑳]))/);
  return parts.map((part) => part.replace(STEP_NUMBER, '').trim()).filter(Boolean);
}

export const MATERIAL_FORM_KEYS: Record<Material['form'], MessageKey> = {
  纸质: 'materialForm.paper',
  电子: 'materialForm.electronic',
  纸质或电子: 'materialForm.either',
};

export const NECESSITY_KEYS: Record<Material['necessity'], MessageKey> = {
  必要: 'necessity.required',
  非必要: 'necessity.optional',
  容缺: 'necessity.deferrable',
};

export const SOURCE_KEYS: Record<Material['source'], MessageKey> = {
  申请人自备: 'source.applicant',
  政府部门核发: 'source.government',
  其他: 'source.other',
};

export const CASE_KIND_KEYS: Record<CaseKind, MessageKey> = {
  即办件: 'caseKind.immediate',
  承诺件: 'caseKind.promised',
};

/** A calendar date for people (2025年3月1日 / Mar 1, 2025); the ISO text itself if it does not parse. */
export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long', day: 'numeric' }).format(date);
}
