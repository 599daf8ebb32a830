/** 行政区划代码 (region codes to the village) and jurisdiction scopes. */
export {
  isWithinJurisdiction,
  parentRegion,
  parseRegionCode,
  regionLevel,
  regionPrefix,
  townshipKind,
  villageKind,
} from './region-code';
export type {
  RegionCode,
  RegionCodeFailureCode,
  RegionCodeResult,
  RegionLevel,
  TownshipKind,
  VillageKind,
} from './region-code';
