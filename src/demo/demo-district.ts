/**
 * The deterministic demo district (演示区县) used by `npm start` and by the tests: regions, users of every role
 * and the service catalogue. Pure: no clock, no I/O; the same seed gives deep-equal output, in well under 100 ms.
 */
import type { ServiceItem } from '../domain/catalogue/service-item';
import { DEMO_CATALOGUE } from './demo-catalogue';
import { generateDemoRegions, type DemoRegion } from './demo-regions';
import { DEMO_SEED } from './demo-seed';
import { generateDemoUsers, type DemoUser } from './demo-users';

export type DemoDistrict = {
  district: DemoRegion;
  /** 18 townships (4 街道, 10 镇, 4 乡), by code. */
  townships: DemoRegion[];
  /** 272 villages (社区 / 村), by code. */
  villages: DemoRegion[];
  /** District, townships and villages. */
  regions: DemoRegion[];
  /** admin, 2 supervisors, 2 reviewers per township, 1 agent per village. */
  users: DemoUser[];
  /** A fresh copy of DEMO_CATALOGUE (callers may mutate it). */
  catalogue: ServiceItem[];
};

export type DemoDistrictOptions = { seed?: number };

export function generateDemoDistrict(options: DemoDistrictOptions = {}): DemoDistrict {
  const seed = options.seed ?? DEMO_SEED;
  const regions = generateDemoRegions(seed);
  return {
    ...regions,
    users: generateDemoUsers(regions, seed),
    catalogue: structuredClone(DEMO_CATALOGUE),
  };
}
