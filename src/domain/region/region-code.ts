/**
 * 行政区划代码 (administrative division codes) down to the village, 12 digits:
 * 6-digit county (区县, GB/T 2260) + 3-digit township (乡级: 001–099 街道, 100–199 镇, 200–399 乡)
 * + 3-digit village (村级: 001–199 居委会/社区, 200–399 村委会).
 *
 * A jurisdiction scope (管辖范围) is a prefix of 6 (county), 9 (township) or 12 (village) digits. A 12-digit
 * code whose trailing groups are 000 designates the higher level: 360726000000 is the county 360726,
 * 360726101000 the township 360726101.
 */
import { checkFailure, checkOk, type CheckResult } from '../identity/check-result';
import { describeCharacter, firstBadCharacter, normaliseCodeInput } from '../identity/normalise-code-input';
import { isProvinceCode } from '../identity/province-codes';

export type RegionLevel = 'county' | 'township' | 'village';

/** Kind of a township-level division by its code range. */
export type TownshipKind = '街道' | '镇' | '乡';
/** Kind of a village-level division: 社区 (居委会) or 村 (村委会). */
export type VillageKind = '社区' | '村';

/** A parsed region code. Codes of each level are given in their scope form (6, 9, 12 digits). */
export interface RegionCode {
  /** Canonical 12-digit form: 360726000000, 360726101000, 360726101203. */
  readonly code: string;
  readonly level: RegionLevel;
  /** 6 digits, e.g. 360726. */
  readonly countyCode: string;
  /** 9 digits (county + township), e.g. 360726101; null for a county. */
  readonly townshipCode: string | null;
  /** 12 digits, e.g. 360726101203; null for a county or township. */
  readonly villageCode: string | null;
}

export type RegionCodeFailureCode =
  'empty' | 'format' | 'province' | 'level_gap' | 'township_range' | 'village_range';

export type RegionCodeResult = CheckResult<RegionCode, RegionCodeFailureCode>;

const NONE = '000';
/** Township and village parts at or above this are outside the ranges used here. */
const PART_LIMIT = 400;

/**
 * Parses a region code of 6, 9 or 12 digits (spaces and full-width digits accepted). Never throws.
 * Refuses: empty; other lengths or non-digits (format); a first-two-digit code outside GB/T 2260 (province);
 * township 000 with a non-zero village part (level_gap); township part 400–999 (township_range);
 * village part 400–999 (village_range). County codes are not looked up: abolished and renamed counties pass.
 */
export function parseRegionCode(input: string): RegionCodeResult {
  const digits = normaliseCodeInput(input);
  if (digits === '') return checkFailure('empty', '请输入行政区划代码');

  const bad = firstBadCharacter(digits, (ch) => /^\d$/.test(ch));
  if (bad !== null) {
    return checkFailure(
      'format',
      `行政区划代码只能是数字：第${bad.position}位是${describeCharacter(bad.character)}`,
    );
  }
  if (digits.length !== 6 && digits.length !== 9 && digits.length !== 12) {
    return checkFailure(
      'format',
      `行政区划代码应为6位（区县）、9位（乡镇街道）或12位（村、社区）数字，当前为${digits.length}位`,
    );
  }

  const province = digits.slice(0, 2);
  if (!isProvinceCode(province)) {
    return checkFailure('province', `行政区划代码前两位“${province}”不是有效的省级行政区代码`);
  }

  const countyCode = digits.slice(0, 6);
  const township = digits.slice(6, 9) || NONE;
  const village = digits.slice(9, 12) || NONE;
  if (township === NONE && village !== NONE) {
    return checkFailure(
      'level_gap',
      `行政区划代码层级不连续：乡镇街道部分（第7至9位）为000，村级部分（第10至12位）却是“${village}”`,
    );
  }
  if (Number(township) >= PART_LIMIT) {
    return checkFailure(
      'township_range',
      `乡镇街道代码（第7至9位）“${township}”超出范围：001–099为街道，100–199为镇，200–399为乡`,
    );
  }
  if (Number(village) >= PART_LIMIT) {
    return checkFailure(
      'village_range',
      `村级代码（第10至12位）“${village}”超出范围：001–199为社区（居委会），200–399为村（村委会）`,
    );
  }

  const townshipCode = township === NONE ? null : `${countyCode}${township}`;
  const villageCode = village === NONE ? null : `${countyCode}${township}${village}`;
  return checkOk({
    code: `${countyCode}${township}${village}`,
    level: villageCode !== null ? 'village' : townshipCode !== null ? 'township' : 'county',
    countyCode,
    townshipCode,
    villageCode,
  } satisfies RegionCode);
}

function parsedOrNull(code: string): RegionCode | null {
  const result = parseRegionCode(code);
  return result.ok ? result.value : null;
}

/** Level of a region code; null when it is malformed. */
export function regionLevel(code: string): RegionLevel | null {
  return parsedOrNull(code)?.level ?? null;
}

/**
 * The parent region in 12-digit form: village → its township (360726101000), township → its county
 * (360726000000), county → null. Null for a malformed code.
 */
export function parentRegion(code: string): string | null {
  const region = parsedOrNull(code);
  if (region === null) return null;
  switch (region.level) {
    case 'village':
      return `${region.code.slice(0, 9)}${NONE}`;
    case 'township':
      return `${region.countyCode}${NONE}${NONE}`;
    case 'county':
      return null;
  }
}

/**
 * The jurisdiction scope of a region: 6 digits for a county, 9 for a township, 12 for a village
 * (360726101000 → 360726101). Null for a malformed code.
 */
export function regionPrefix(code: string): string | null {
  const region = parsedOrNull(code);
  if (region === null) return null;
  return region.villageCode ?? region.townshipCode ?? region.countyCode;
}

/**
 * Whether `regionCode` lies within the jurisdiction `scope` (a region is within its own scope). Both may be
 * given in any accepted form: a scope 360726000000 means the county 360726. False when either is malformed;
 * never throws.
 */
export function isWithinJurisdiction(scope: string, regionCode: string): boolean {
  const prefix = regionPrefix(scope);
  const region = parsedOrNull(regionCode);
  if (prefix === null || region === null) return false;
  return region.code.startsWith(prefix);
}

/** 街道 (001–099), 镇 (100–199) or 乡 (200–399) for a township or village code; null for a county or malformed code. */
export function townshipKind(code: string): TownshipKind | null {
  const township = parsedOrNull(code)?.townshipCode;
  if (township === null || township === undefined) return null;
  const part = Number(township.slice(6, 9));
  if (part < 100) return '街道';
  if (part < 200) return '镇';
  return '乡';
}

/** 社区 (001–199) or 村 (200–399) for a village code; null for a county, township or malformed code. */
export function villageKind(code: string): VillageKind | null {
  const village = parsedOrNull(code)?.villageCode;
  if (village === null || village === undefined) return null;
  return Number(village.slice(9, 12)) < 200 ? '社区' : '村';
}
