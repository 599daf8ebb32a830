import { describe, expect, it } from 'vitest';
import {
  DEMO_COUNTY_CODE,
  DEMO_TOWNSHIP_LAYOUT,
  demoRegionPath,
  generateDemoRegions,
  regionCodeOfScope,
  scopeOf,
  type DemoRegion,
} from './demo-regions';

const regions = generateDemoRegions();
const { district, townships, villages } = regions;
const threeDigits = (code: string, from: number): number => Number(code.slice(from, from + 3));

describe('demo regions', () => {
  it('has one district, 18 townships (4 街道, 10 镇, 4 乡) and 272 villages', () => {
    expect(district).toMatchObject({
      code: `${DEMO_COUNTY_CODE}000000`,
      level: 'county',
      kind: '区',
      parentCode: null,
    });
    expect(townships).toHaveLength(18);
    expect(villages).toHaveLength(272);
    expect(regions.regions).toHaveLength(1 + 18 + 272);
    const kinds = townships.map((t) => t.kind);
    expect(kinds.filter((k) => k === '街道')).toHaveLength(4);
    expect(kinds.filter((k) => k === '镇')).toHaveLength(10);
    expect(kinds.filter((k) => k === '乡')).toHaveLength(4);
    expect(DEMO_TOWNSHIP_LAYOUT.reduce((sum, plan) => sum + plan.communities + plan.villages, 0)).toBe(272);
  });

  it('uses a well-formed 6-digit county code and 12-digit codes everywhere, all unique', () => {
    expect(DEMO_COUNTY_CODE).toMatch(/^[1-8]\d{5}$/);
    for (const region of regions.regions) expect(region.code).toMatch(/^\d{12}$/);
    expect(new Set(regions.regions.map((r) => r.code)).size).toBe(regions.regions.length);
  });

  it('puts township codes in the range of their kind (001–099 街道, 100–199 镇, 200–399 乡)', () => {
    for (const township of townships) {
      expect(township.level).toBe('township');
      expect(township.parentCode).toBe(district.code);
      expect(township.code.startsWith(DEMO_COUNTY_CODE)).toBe(true);
      expect(township.code.endsWith('000')).toBe(true);
      const n = threeDigits(township.code, 6);
      if (township.kind === '街道') expect(n >= 1 && n <= 99).toBe(true);
      else if (township.kind === '镇') expect(n >= 100 && n <= 199).toBe(true);
      else expect(township.kind === '乡' && n >= 200 && n <= 399).toBe(true);
      expect(township.name.endsWith(township.kind)).toBe(true);
    }
  });

  it('puts every village inside its township prefix, with 001–199 社区 and 200–399 村', () => {
    const townshipCodes = new Set(townships.map((t) => t.code));
    for (const village of villages) {
      expect(village.level).toBe('village');
      expect(townshipCodes.has(village.parentCode ?? '')).toBe(true);
      expect(village.code.slice(0, 9)).toBe(village.parentCode?.slice(0, 9));
      const n = threeDigits(village.code, 9);
      if (village.kind === '社区') expect(n >= 1 && n <= 199).toBe(true);
      else expect(village.kind === '村' && n >= 200 && n <= 399).toBe(true);
      expect(village.name.endsWith(village.kind)).toBe(true);
    }
  });

  it('mostly has 社区 under 街道 and 村 under 镇/乡', () => {
    const kindOf = new Map(townships.map((t) => [t.code, t.kind]));
    const under = (kind: string) => villages.filter((v) => kindOf.get(v.parentCode ?? '') === kind);
    const share = (list: DemoRegion[], kind: string) =>
      list.filter((v) => v.kind === kind).length / list.length;
    expect(share(under('街道'), '社区')).toBeGreaterThan(0.6);
    expect(share([...under('镇'), ...under('乡')], '村')).toBeGreaterThan(0.8);
  });

  it('gives names unique within each township (and township names unique in the district)', () => {
    for (const township of townships) {
      const names = villages.filter((v) => v.parentCode === township.code).map((v) => v.name);
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
    }
    expect(new Set(townships.map((t) => t.name)).size).toBe(18);
    for (const region of regions.regions) expect(region.name).toMatch(/^[\u4e00-\u9fa5]{2,8}$/);
  });

  it('is deterministic for a seed; another seed changes the names but not the codes', () => {
    expect(generateDemoRegions(7)).toEqual(generateDemoRegions(7));
    const other = generateDemoRegions(8);
    expect(other.regions.map((r) => r.code)).toEqual(generateDemoRegions(7).regions.map((r) => r.code));
    expect(other.villages.map((v) => v.name)).not.toEqual(generateDemoRegions(7).villages.map((v) => v.name));
  });

  it('builds names for many seeds without duplicates inside a township', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const { townships: ts, villages: vs } = generateDemoRegions(seed);
      for (const t of ts) {
        const names = vs.filter((v) => v.parentCode === t.code).map((v) => v.name);
        expect(new Set(names).size).toBe(names.length);
      }
    }
  });

  it('maps regions to scopes and back, and names paths', () => {
    const village = villages[100] as DemoRegion;
    const township = townships.find((t) => t.code === village.parentCode) as DemoRegion;
    expect(scopeOf(district)).toBe(DEMO_COUNTY_CODE);
    expect(scopeOf(township)).toHaveLength(9);
    expect(scopeOf(village)).toBe(village.code);
    expect(regionCodeOfScope(scopeOf(township))).toBe(township.code);
    expect(demoRegionPath(regions.regions, village.code)).toEqual([
      district.name,
      township.name,
      village.name,
    ]);
    expect(demoRegionPath(regions.regions, '999999999999')).toEqual([]);
  });
});
