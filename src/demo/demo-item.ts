/**
 * Builds one demo catalogue item from a compact spec: the codes, the implementing body's fields, the version
 * and the (fixed) publication time are filled in here, so the category files only state the item itself.
 *
 * 基本编码 (12) = 设定区划 (2: 00 central, 36 province) + 事项类型 (2) + 主项 (5) + 子项 (3, 000 = none);
 * 实施编码 (31) = the body's 统一社会信用代码 (18) + 行使层级 (1) + 基本编码 (12). Both are opaque strings.
 */
import type { z } from 'zod';
import type { ItemTypeCode, serviceItemSchema } from '../domain/catalogue/service-item';
import type { DemoCategory } from './demo-categories';
import { DEMO_DEPARTMENTS, type DemoDepartmentKey } from './demo-departments';

export type ServiceItemInput = z.input<typeof serviceItemSchema>;

/** Publication time of every demo item (fixed: the demo never reads the clock). */
export const DEMO_PUBLISHED_AT = '2026-01-05T01:00:00.000Z';

/** 监督电话: the 12345 政务服务便民热线. */
const SUPERVISE_PHONE = '12345';

export type DemoItemSpec = Omit<
  ServiceItemInput,
  | 'baseCode'
  | 'code'
  | 'version'
  | 'publishedAt'
  | 'department'
  | 'exerciseLevel'
  | 'handledAt'
  | 'consultPhone'
  | 'supervisePhone'
  | 'itemType'
  | 'category'
> & {
  itemType: ItemTypeCode;
  category: DemoCategory;
  department: DemoDepartmentKey;
  /** 设定区划: 00 set by central law, 36 by the province (江西). */
  setBy?: '00' | '36';
  /** 主项编码, 5 digits. */
  main: string;
  /** 子项编码, 3 digits; 000 = no sub-item. */
  sub?: string;
};

export function demoItem(spec: DemoItemSpec): ServiceItemInput {
  const { department: key, setBy = '00', main, sub = '000', ...rest } = spec;
  if (!/^\d{5}$/.test(main) || !/^\d{3}$/.test(sub))
    throw new RangeError(`${spec.name}: 主项/子项编码格式不正确`);
  const department = DEMO_DEPARTMENTS[key];
  const baseCode = `${setBy}${spec.itemType}${main}${sub}`;
  return {
    ...rest,
    baseCode,
    code: `${department.creditCode}${department.exerciseLevel}${baseCode}`,
    version: 1,
    department: department.name,
    exerciseLevel: department.exerciseLevel,
    handledAt: department.handledAt,
    consultPhone: department.consultPhone,
    supervisePhone: SUPERVISE_PHONE,
    publishedAt: DEMO_PUBLISHED_AT,
  };
}
