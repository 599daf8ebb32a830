import { describe, expect, it, vi } from 'vitest';
import type { ServiceItem } from '../../domain/catalogue/service-item';
import { buildCatalogueIndex, matchPinyin, normaliseQuery, searchCatalogue } from './catalogue-search';
import { syllablesOf } from './pinyin-syllables';

function item(
  code: string,
  name: string,
  category: string,
  overrides: Partial<ServiceItem> = {},
): ServiceItem {
  return {
    baseCode: `00050${code}`,
    code: `11370100MB0000000X${code}`,
    version: 1,
    name,
    category,
    itemType: '05',
    exerciseLevel: '4',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 1,
    handledAt: 'township',
    department: '区民政局',
    conditions: '具有本区户籍的城乡居民。',
    legalBasis: '',
    process: '',
    fees: [],
    materials: [],
    fields: [],
    consultPhone: '',
    supervisePhone: '',
    isActive: true,
    publishedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const catalogue: ServiceItem[] = [
  item('001', '城乡居民基本养老保险参保登记', '社会保障', { department: '区人力资源和社会保障局' }),
  item('002', '特困人员救助供养申请', '社会救助'),
  item('003', '最低生活保障申请', '社会救助'),
  item('004', '重度残疾人护理补贴申请', '残疾人服务', { department: '区残疾人联合会' }),
  item('005', '生育登记', '户籍与生育', { department: '区卫生健康委员会' }),
  item('006', '土地承包经营权证变更', '农业农村', { department: '区农业农村局' }),
];

const index = buildCatalogueIndex(catalogue, syllablesOf);
const names = (query: string) => searchCatalogue(index, query).map((hit) => hit.item.name);

describe('searchCatalogue', () => {
  it('finds 最低生活保障申请 by full pinyin of its short name and by initials', () => {
    expect(names('dibao')[0]).toBe('最低生活保障申请');
    expect(names('dbsq')[0]).toBe('最低生活保障申请');
    expect(names('zuidishenghuo')[0]).toBe('最低生活保障申请');
  });

  it('finds it by the Chinese short name 低保', () => {
    expect(names('低保')).toEqual(['最低生活保障申请']);
  });

  it('ranks the known short name 低保 above a name that merely contains 地…包', () => {
    expect(names('dibao')).toEqual(['最低生活保障申请', '土地承包经营权证变更']);
    expect(searchCatalogue(index, '低保')[0]?.highlight).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('finds items by the everyday name people use at the counter', () => {
    expect(names('准生证')).toEqual(['生育登记']);
    expect(names('zhunshengzheng')[0]).toBe('生育登记');
  });

  it('ranks a Chinese substring first and highlights the matched characters', () => {
    const [first] = searchCatalogue(index, '生活保障');
    expect(first?.item.name).toBe('最低生活保障申请');
    expect(first?.highlight).toEqual([2, 3, 4, 5]);
  });

  it('highlights the characters that pinyin matched', () => {
    const [first] = searchCatalogue(index, 'jiuzhu');
    expect(first?.item.name).toBe('特困人员救助供养申请');
    expect(first?.highlight).toEqual([4, 5]);
    expect(searchCatalogue(index, 'dbsq')[0]?.highlight).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('ignores case, spaces, apostrophes and full-width letters', () => {
    expect(normaliseQuery(' Di Bao ')).toBe('dibao');
    expect(names('ＤＩＢＡＯ')[0]).toBe('最低生活保障申请');
    expect(names("te'kun")[0]).toBe('特困人员救助供养申请');
  });

  it('reads polyphonic characters either way (重 as zhong or chong)', () => {
    expect(names('zhongdu')[0]).toBe('重度残疾人护理补贴申请');
    expect(names('cjr')[0]).toBe('重度残疾人护理补贴申请');
  });

  it('finds items by category and department text', () => {
    expect(names('社会救助')).toEqual(['特困人员救助供养申请', '最低生活保障申请']);
    expect(names('卫生健康')).toEqual(['生育登记']);
  });

  it('accepts a mixed query of characters and pinyin', () => {
    expect(names('低bao')[0]).toBe('最低生活保障申请');
  });

  it('returns the whole catalogue in order for an empty query and nothing for nonsense', () => {
    expect(names('  ')).toEqual(catalogue.map((entry) => entry.name));
    expect(names('xqxqxq')).toEqual([]);
    expect(names('火星')).toEqual([]);
  });

  it('works without pinyin (before the dictionary has loaded) for Chinese queries', () => {
    const plain = buildCatalogueIndex(catalogue, undefined, []);
    expect(searchCatalogue(plain, '低保').map((hit) => hit.item.name)).toEqual(['最低生活保障申请']);
    expect(plain.hasPinyin).toBe(false);
  });

  it('reads the names once, when the index is built, not on every search', () => {
    const spy = vi.fn(syllablesOf);
    const built = buildCatalogueIndex(catalogue, spy);
    const calls = spy.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(catalogue.length);
    searchCatalogue(built, 'dibao');
    searchCatalogue(built, 'dbsq');
    expect(spy).toHaveBeenCalledTimes(calls);
  });
});

describe('matchPinyin', () => {
  it('prefers the split with the fewest skipped characters', () => {
    const syllables = [['zui'], ['di'], ['sheng'], ['huo'], ['bao'], ['zhang']];
    expect(matchPinyin(syllables, 'baozhang')).toEqual({ picked: [4, 5], gaps: 4, start: 4 });
    expect(matchPinyin(syllables, 'dsh')).toEqual({ picked: [1, 2], gaps: 1, start: 1 });
    expect(matchPinyin(syllables, 'dshh')).toEqual({ picked: [1, 2, 3], gaps: 1, start: 1 });
    expect(matchPinyin(syllables, 'zx')).toBeNull();
  });
});
