import { describe, expect, it } from 'vitest';
import {
  ITEM_TYPES,
  serviceItemSchema,
  snapshotOf,
  serviceItemSnapshotSchema,
} from '../domain/catalogue/service-item';
import { DEMO_CATALOGUE, DEMO_CATEGORIES, demoItemByName } from './demo-catalogue';
import { DEMO_DEPARTMENTS, withCreditCodeCheck } from './demo-departments';

/** Items the brief names; each must appear (by name substring). */
const REQUIRED_ITEMS = [
  '城乡居民基本养老保险参保登记',
  '养老保险待遇领取资格认证',
  '城乡居民基本医疗保险参保登记',
  '最低生活保障申请',
  '特困人员救助供养申请',
  '临时救助申请',
  '高龄津贴申请',
  '残疾人证办理',
  '困难残疾人生活补贴和重度残疾人护理补贴申请',
  '生育登记',
  '耕地地力保护补贴申报',
  '农村宅基地和建房（规划许可）申请',
  '就业登记',
  '失业登记',
  '城乡居民基本养老保险待遇申领',
  '医疗救助申请',
  '孤儿基本生活费申领',
  '事实无人抚养儿童认定',
  '居住证申领',
  '独生子女父母奖励',
  '农村部分计划生育家庭奖励扶助',
  '退役军人优待证申领',
  '优抚对象定期抚恤补助',
  '异地就医备案',
  '新生儿参保登记',
  '老年人优待证（敬老卡）',
  '殡葬',
  '土地承包经营权证变更',
  '灵活就业人员',
  '最低生活保障对象年度复核',
] as const;

describe('demo catalogue', () => {
  it('has at least 32 items, each parsing with serviceItemSchema', () => {
    expect(DEMO_CATALOGUE.length).toBeGreaterThanOrEqual(32);
    for (const item of DEMO_CATALOGUE) {
      const parsed = serviceItemSchema.safeParse(item);
      expect(parsed.success, item.name).toBe(true);
      expect(item.promisedDays).toBeLessThanOrEqual(item.legalDays);
      expect(serviceItemSnapshotSchema.safeParse(snapshotOf(item)).success).toBe(true);
    }
  });

  it.each(REQUIRED_ITEMS)('includes %s', (name) => {
    expect(DEMO_CATALOGUE.some((item) => item.name.includes(name))).toBe(true);
  });

  it('names the 低保 item exactly 最低生活保障申请 (the start-command test looks it up)', () => {
    expect(demoItemByName('最低生活保障申请')?.category).toBe('社会救助');
    const fieldLabels = demoItemByName('最低生活保障申请')?.fields.map((f) => f.label) ?? [];
    expect(fieldLabels).toEqual(expect.arrayContaining(['家庭人口数', '家庭月人均收入（元）']));
  });

  it('has unique names, base codes and implementation codes', () => {
    for (const key of ['name', 'baseCode', 'code'] as const) {
      const values = DEMO_CATALOGUE.map((item) => item[key]);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('builds codes as documented: 基本编码 12 = 设定区划 + 事项类型 + 主项 + 子项; 实施编码 = 信用代码 + 层级 + 基本编码', () => {
    const creditCodes = new Set(Object.values(DEMO_DEPARTMENTS).map((d) => d.creditCode));
    for (const item of DEMO_CATALOGUE) {
      expect(item.baseCode).toMatch(/^(00|36)\d{10}$/);
      expect(item.baseCode.slice(2, 4)).toBe(item.itemType);
      expect(item.code).toHaveLength(31);
      expect(creditCodes.has(item.code.slice(0, 18))).toBe(true);
      expect(item.code.slice(18, 19)).toBe(item.exerciseLevel);
      expect(item.code.slice(19)).toBe(item.baseCode);
      expect(item.version).toBe(1);
      expect(Number.isNaN(Date.parse(item.publishedAt))).toBe(false);
    }
  });

  it('gives departments well-formed 统一社会信用代码 (GB 32100 check character)', () => {
    expect(withCreditCodeCheck('91350100M000100Y4')).toBe('91350100M000100Y43');
    for (const department of Object.values(DEMO_DEPARTMENTS)) {
      expect(department.creditCode).toMatch(/^[0-9A-HJ-NPQRTUW-Y]{18}$/);
      expect(withCreditCodeCheck(department.creditCode.slice(0, 17))).toBe(department.creditCode);
    }
  });

  it('gives every item at least one 必要 material and material ids unique within the item', () => {
    for (const item of DEMO_CATALOGUE) {
      expect(
        item.materials.some((m) => m.necessity === '必要'),
        item.name,
      ).toBe(true);
      const ids = item.materials.map((m) => m.id);
      expect(new Set(ids).size, item.name).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    }
  });

  it('has consistent item-specific fields (unique keys, options on selects, sane bounds)', () => {
    for (const item of DEMO_CATALOGUE) {
      const keys = item.fields.map((f) => f.key);
      expect(new Set(keys).size, item.name).toBe(keys.length);
      for (const field of item.fields) {
        if (field.type === 'select')
          expect(field.options?.length ?? 0, `${item.name}.${field.key}`).toBeGreaterThan(1);
        if (field.min !== undefined && field.max !== undefined)
          expect(field.min).toBeLessThanOrEqual(field.max);
      }
    }
  });

  it('uses only the listed categories, each with items, and realistic item metadata', () => {
    const categories = new Set<string>(DEMO_CATEGORIES);
    for (const item of DEMO_CATALOGUE) {
      expect(categories.has(item.category), item.name).toBe(true);
      expect(Object.keys(ITEM_TYPES)).toContain(item.itemType);
      expect(item.exerciseLevel === '5').toBe(item.handledAt === 'township');
      expect(item.visits).toBeLessThanOrEqual(1);
      expect(item.conditions.length).toBeGreaterThan(20);
      expect(item.legalBasis).toMatch(/《.+》/);
      expect(item.consultPhone).not.toBe('');
      expect(item.supervisePhone).toBe('12345');
      if (item.caseKind === '即办件') expect(item.promisedDays).toBe(0);
      else expect(item.promisedDays).toBeGreaterThan(0);
    }
    for (const category of DEMO_CATEGORIES) {
      expect(
        DEMO_CATALOGUE.some((item) => item.category === category),
        category,
      ).toBe(true);
    }
    const free = DEMO_CATALOGUE.filter((item) => item.fees.length === 0).length;
    expect(free / DEMO_CATALOGUE.length).toBeGreaterThan(0.8);
    expect(DEMO_CATALOGUE.some((item) => item.handledAt === 'township')).toBe(true);
    expect(DEMO_CATALOGUE.some((item) => item.caseKind === '即办件')).toBe(true);
  });
});
