import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isWithinJurisdiction,
  parentRegion,
  parseRegionCode,
  regionLevel,
  regionPrefix,
  townshipKind,
  villageKind,
  type RegionCodeFailureCode,
} from './region-code';
import { PROVINCE_NAMES } from '../identity/province-codes';

const HAN = /\p{Script=Han}/u;
const pad3 = (n: number): string => String(n).padStart(3, '0');

function expectFailure(input: string, code: RegionCodeFailureCode, ...words: string[]): void {
  const result = parseRegionCode(input);
  expect(result).toMatchObject({ ok: false, code });
  if (!result.ok) for (const word of words) expect(result.message).toContain(word);
}

/** A well-formed region as its canonical 12 digits (built here, independently of the parser) and its scope. */
const regionArb = fc
  .record({
    province: fc.constantFrom(...Object.keys(PROVINCE_NAMES)),
    county: fc.integer({ min: 0, max: 9999 }),
    township: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 399 })),
    village: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 399 })),
  })
  .map(({ province, county, township, village }) => {
    const countyCode = `${province}${String(county).padStart(4, '0')}`;
    const v = township === 0 ? 0 : village;
    const code = `${countyCode}${pad3(township)}${pad3(v)}`;
    const scope = v !== 0 ? code : township !== 0 ? code.slice(0, 9) : countyCode;
    return { code, scope };
  });

describe('parseRegionCode', () => {
  it('parses counties, townships and villages in 6/9/12-digit forms', () => {
    const county = {
      code: '360726000000',
      level: 'county',
      countyCode: '360726',
      townshipCode: null,
      villageCode: null,
    };
    expect(parseRegionCode('360726')).toEqual({ ok: true, value: county });
    expect(parseRegionCode('360726000')).toEqual({ ok: true, value: county });
    expect(parseRegionCode('360726000000')).toEqual({ ok: true, value: county });

    const township = {
      code: '360726101000',
      level: 'township',
      countyCode: '360726',
      townshipCode: '360726101',
      villageCode: null,
    };
    expect(parseRegionCode('360726101')).toEqual({ ok: true, value: township });
    expect(parseRegionCode('360726101000')).toEqual({ ok: true, value: township });

    expect(parseRegionCode('360726101203')).toEqual({
      ok: true,
      value: {
        code: '360726101203',
        level: 'village',
        countyCode: '360726',
        townshipCode: '360726101',
        villageCode: '360726101203',
      },
    });
  });

  it('accepts spaces and full-width digits, and abolished or city-level county codes', () => {
    expect(parseRegionCode(' 360726 101 203 ').ok).toBe(true);
    expect(parseRegionCode('３６０７２６１０１２０３').ok).toBe(true);
    expect(parseRegionCode('110103').ok).toBe(true); // 崇文区, merged in 2010
    expect(parseRegionCode('441900003000').ok).toBe(true); // 东莞市: townships directly under the city
  });

  it('empty', () => {
    for (const input of ['', '  ', '\u3000']) expectFailure(input, 'empty', '请输入行政区划代码');
  });

  it('format', () => {
    expectFailure('36072a', 'format', '只能是数字', '第6位', '“a”');
    expectFailure('3607261', 'format', '6位', '9位', '12位', '当前为7位');
    expectFailure('3607261012031', 'format', '当前为13位');
    expectFailure('36', 'format', '当前为2位');
    expectFailure('3'.repeat(1000), 'format', '当前为1000位');
  });

  it('province', () => {
    expectFailure('000000', 'province', '“00”', '省级');
    expectFailure('990000000000', 'province', '“99”');
    expectFailure('830000', 'province'); // 83 is used by residence permits, not GB/T 2260
  });

  it('level_gap: a village part under township 000', () => {
    expectFailure('360726000201', 'level_gap', '层级', '000', '“201”');
  });

  it('township_range: 400–999', () => {
    expectFailure('360726400', 'township_range', '乡镇街道', '“400”', '200–399为乡');
    expectFailure('360726999999', 'township_range', '“999”');
  });

  it('village_range: 400–999', () => {
    expectFailure('360726101400', 'village_range', '村级', '“400”', '200–399为村');
    expectFailure('360726001999', 'village_range', '“999”');
  });
});

describe('level, parent and prefix', () => {
  it('regionLevel', () => {
    expect(regionLevel('360726')).toBe('county');
    expect(regionLevel('360726101000')).toBe('township');
    expect(regionLevel('360726101203')).toBe('village');
    expect(regionLevel('36072610120')).toBeNull();
  });

  it('parentRegion walks village → township → county → null in 12-digit form', () => {
    expect(parentRegion('360726101203')).toBe('360726101000');
    expect(parentRegion('360726101000')).toBe('360726000000');
    expect(parentRegion('360726101')).toBe('360726000000');
    expect(parentRegion('360726000000')).toBeNull();
    expect(parentRegion('360726')).toBeNull();
    expect(parentRegion('bad')).toBeNull();
  });

  it('regionPrefix gives the 6/9/12-digit scope', () => {
    expect(regionPrefix('360726000000')).toBe('360726');
    expect(regionPrefix('360726101000')).toBe('360726101');
    expect(regionPrefix('360726101203')).toBe('360726101203');
    expect(regionPrefix('360726000201')).toBeNull();
  });
});

describe('isWithinJurisdiction', () => {
  it('is a prefix test on the canonical code', () => {
    expect(isWithinJurisdiction('360726', '360726101203')).toBe(true);
    expect(isWithinJurisdiction('360726101', '360726101203')).toBe(true);
    expect(isWithinJurisdiction('360726101203', '360726101203')).toBe(true);
    expect(isWithinJurisdiction('360726000000', '360726101203')).toBe(true); // 12-digit form of the county
    expect(isWithinJurisdiction('360726101000', '360726101')).toBe(true);
    expect(isWithinJurisdiction('360726102', '360726101203')).toBe(false);
    expect(isWithinJurisdiction('360727', '360726101203')).toBe(false);
    expect(isWithinJurisdiction('360726101203', '360726101')).toBe(false); // a township is not within its village
    expect(isWithinJurisdiction('360726101', '360726')).toBe(false);
  });

  it('is false for malformed input', () => {
    expect(isWithinJurisdiction('', '')).toBe(false);
    expect(isWithinJurisdiction('3607', '360726101203')).toBe(false);
    expect(isWithinJurisdiction('360726', '36072610120x')).toBe(false);
    expect(isWithinJurisdiction('000000', '000000101203')).toBe(false);
    expect(isWithinJurisdiction('360726', '360726000201')).toBe(false);
  });
});

describe('townshipKind and villageKind', () => {
  it('follow the numeric ranges', () => {
    expect(townshipKind('360726001')).toBe('街道');
    expect(townshipKind('360726099000')).toBe('街道');
    expect(townshipKind('360726100')).toBe('镇');
    expect(townshipKind('360726199')).toBe('镇');
    expect(townshipKind('360726200')).toBe('乡');
    expect(townshipKind('360726399205')).toBe('乡'); // the township of a village
    expect(townshipKind('360726')).toBeNull();
    expect(townshipKind('360726400')).toBeNull();
    expect(villageKind('360726101001')).toBe('社区');
    expect(villageKind('360726101199')).toBe('社区');
    expect(villageKind('360726101200')).toBe('村');
    expect(villageKind('360726101399')).toBe('村');
    expect(villageKind('360726101')).toBeNull();
    expect(villageKind('bad')).toBeNull();
  });
});

describe('region codes: properties', () => {
  it('every form of a region parses to the same canonical code', () => {
    fc.assert(
      fc.property(regionArb, ({ code, scope }) => {
        const fromCode = parseRegionCode(code);
        expect(fromCode.ok && fromCode.value.code).toBe(code);
        expect(parseRegionCode(scope)).toEqual(fromCode);
        expect(regionPrefix(code)).toBe(scope);
      }),
      { numRuns: 500 },
    );
  });

  it('isWithinJurisdiction(regionPrefix(x), x) always holds, and so does every ancestor scope', () => {
    fc.assert(
      fc.property(regionArb, ({ code }) => {
        expect(isWithinJurisdiction(regionPrefix(code) ?? '', code)).toBe(true);
        for (let parent = parentRegion(code); parent !== null; parent = parentRegion(parent)) {
          expect(isWithinJurisdiction(parent, code)).toBe(true);
          expect(isWithinJurisdiction(regionPrefix(parent) ?? '', code)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a scope is within exactly when its prefix is a prefix of the canonical code', () => {
    fc.assert(
      fc.property(regionArb, regionArb, (x, y) => {
        expect(isWithinJurisdiction(y.scope, x.code)).toBe(x.code.startsWith(y.scope));
      }),
      { numRuns: 1000 },
    );
  });

  it('a scope with one digit of the prefix changed is false (or the scope is malformed)', () => {
    fc.assert(
      fc.property(regionArb, fc.nat(), fc.integer({ min: 1, max: 9 }), ({ code, scope }, at, shift) => {
        const index = at % scope.length;
        const digit = (Number(scope.charAt(index)) + shift) % 10;
        const changed = `${scope.slice(0, index)}${digit}${scope.slice(index + 1)}`;
        const changedPrefix = regionPrefix(changed);
        // Changing a township or village part to 000 turns the scope into the parent's, which does contain x.
        fc.pre(changedPrefix === null || !scope.startsWith(changedPrefix));
        expect(isWithinJurisdiction(changed, code)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('parents are one level up, and the chain ends at the county', () => {
    fc.assert(
      fc.property(regionArb, ({ code }) => {
        const levels = [regionLevel(code)];
        for (let parent = parentRegion(code); parent !== null; parent = parentRegion(parent))
          levels.push(regionLevel(parent));
        const all = ['village', 'township', 'county'];
        expect(levels).toEqual(all.slice(all.indexOf(levels[0] ?? 'county')));
      }),
    );
  });

  it('never throws for arbitrary strings', () => {
    const anyString = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...'0123456789０ '), maxLength: 14 }),
      fc.string({ minLength: 1000, maxLength: 1000 }),
    );
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        const result = parseRegionCode(a);
        if (!result.ok) expect(result.message).toMatch(HAN);
        expect(typeof isWithinJurisdiction(a, b)).toBe('boolean');
        regionLevel(a);
        parentRegion(a);
        regionPrefix(a);
        townshipKind(a);
        villageKind(a);
      }),
      { numRuns: 500 },
    );
  });
});
