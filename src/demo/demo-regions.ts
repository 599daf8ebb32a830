/**
 * The demo district's administrative divisions (行政区划): one synthetic district (区), 18 townships
 * (4 街道, 10 镇, 4 乡) and 272 villages (社区 / 村).
 *
 * The layout — codes, kinds and counts — is fixed, so codes are the same for every seed; the seed only
 * chooses the names. Codes follow GB/T 2260 + the township/village rules (see domain.md):
 * township 001–099 街道, 100–199 镇, 200–399 乡; village 001–199 社区(居委会), 200–399 村(村委会).
 */
import { DEMO_SEED } from './demo-seed';
import { deriveSeed, seededRandom, type SeededRandom } from './seeded-random';

export type DemoRegionLevel = 'county' | 'township' | 'village';
export type DemoRegionKind = '区' | '街道' | '镇' | '乡' | '社区' | '村';

export type DemoRegion = {
  /** 12-digit 行政区划代码 (统计用区划代码 style). */
  code: string;
  name: string;
  level: DemoRegionLevel;
  /** The 12-digit code of the parent; null for the district. */
  parentCode: string | null;
  kind: DemoRegionKind;
};

export type DemoRegions = {
  district: DemoRegion;
  /** Ordered by code. */
  townships: DemoRegion[];
  /** Ordered by code (so grouped by township). */
  villages: DemoRegion[];
  /** District, then townships, then villages. */
  regions: DemoRegion[];
};

/** Synthetic county code: 3607 is a real prefecture (江西省赣州市), 99 is no real county in it. */
export const DEMO_COUNTY_CODE = '360799';
export const DEMO_DISTRICT_NAME = '青岚区';

export type TownshipKind = '街道' | '镇' | '乡';

/** One township of the fixed layout: how many 社区 and 村 it has. */
export type TownshipPlan = { kind: TownshipKind; communities: number; villages: number };

/** The fixed layout: 4 街道, 10 镇, 4 乡; 272 villages in total (asserted by the tests). */
export const DEMO_TOWNSHIP_LAYOUT: readonly TownshipPlan[] = [
  // 街道: mostly 社区; the two on the edge of town keep some 村 (城郊村).
  { kind: '街道', communities: 8, villages: 0 },
  { kind: '街道', communities: 10, villages: 0 },
  { kind: '街道', communities: 7, villages: 2 },
  { kind: '街道', communities: 8, villages: 4 },
  // 镇: a 镇区 社区 or two, the rest 村.
  { kind: '镇', communities: 2, villages: 15 },
  { kind: '镇', communities: 1, villages: 18 },
  { kind: '镇', communities: 2, villages: 19 },
  { kind: '镇', communities: 1, villages: 17 },
  { kind: '镇', communities: 1, villages: 15 },
  { kind: '镇', communities: 2, villages: 18 },
  { kind: '镇', communities: 2, villages: 20 },
  { kind: '镇', communities: 1, villages: 17 },
  { kind: '镇', communities: 1, villages: 18 },
  { kind: '镇', communities: 1, villages: 17 },
  // 乡: 村 only, except one 集镇 社区.
  { kind: '乡', communities: 0, villages: 12 },
  { kind: '乡', communities: 1, villages: 10 },
  { kind: '乡', communities: 0, villages: 10 },
  { kind: '乡', communities: 0, villages: 12 },
];

/** First 3-digit township code of each kind, and of each village kind. */
const TOWNSHIP_CODE_START: Record<TownshipKind, number> = { 街道: 1, 镇: 101, 乡: 201 };
const COMMUNITY_CODE_START = 1;
const VILLAGE_CODE_START = 201;

const words = (text: string): readonly string[] => text.split(' ');

// 街道 names: directions and landmarks of the town (城南街道, 东门街道 …).
const SUBDISTRICT_STEMS = words(
  '城南 城北 城东 城西 东门 西门 南门 北门 河东 河西 江滨 东湖 西湖 桥头 新城 老城 凤凰 紫阳 文昌 章江',
);

// 地名用字: first syllable (colour, tree, animal, size …) and second (landform, water …): 青石, 柳湾, 河口.
const PLACE_FIRST: readonly string[] = Array.from(
  '青白黄红石柳桃梅松竹杉樟枫茶莲荷龙凤鹤马金银长高新安平永兴福太上下大小东西南北云霞沙泉河桂杨',
);
const PLACE_SECOND: readonly string[] = Array.from(
  '口坪湾田溪山岭塘坑源桥埠洲冈坝陂圩湖岗背垄江渡亭庄寨港林峰坳岩潭滩石',
);

// 社区 names in town: 建设社区, 幸福社区 …
const COMMUNITY_STEMS = words(
  '建设 幸福 和平 解放 人民 文化 胜利 新华 朝阳 东风 光明 长青 育才 滨江 锦绣 翠苑 春晖 康乐 书院 桂园 花园 友谊 红旗 团结 振兴 文明 和谐 金桥 中山 南苑 北苑 东苑 西苑 阳光 站前 府前 学府 健康 映山红 红星',
);

const MAX_TRIES = 500;

/** A two-syllable place stem (青石, 柳湾 …) not yet in `used`; three syllables if the pool runs dry. */
function placeStem(random: SeededRandom, used: ReadonlySet<string>): string {
  for (let i = 0; i < MAX_TRIES; i += 1) {
    const first = random.pick(PLACE_FIRST);
    const second = random.pick(PLACE_SECOND);
    if (first === second) continue;
    const stem = first + second;
    if (!used.has(stem)) return stem;
  }
  for (;;) {
    const stem = random.pick(PLACE_FIRST) + random.pick(PLACE_SECOND) + random.pick(PLACE_SECOND);
    if (!used.has(stem)) return stem;
  }
}

const pad3 = (n: number): string => String(n).padStart(3, '0');

/** The prefix of a region code that its jurisdiction covers: 6 digits (区), 9 (乡镇) or 12 (村). */
export function scopeOf(region: Pick<DemoRegion, 'code' | 'level'>): string {
  if (region.level === 'county') return region.code.slice(0, 6);
  if (region.level === 'township') return region.code.slice(0, 9);
  return region.code;
}

/** The 12-digit code of the region a scope (6, 9 or 12 digits) designates: '360799101' → '360799101000'. */
export function regionCodeOfScope(scope: string): string {
  return scope.padEnd(12, '0');
}

/** Names from the district down to `code` (e.g. ['青岚区', '河口镇', '青石村']); [] if unknown. */
export function demoRegionPath(regions: readonly DemoRegion[], code: string): string[] {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const names: string[] = [];
  let region = byCode.get(code);
  while (region) {
    names.unshift(region.name);
    region = region.parentCode === null ? undefined : byCode.get(region.parentCode);
  }
  return names;
}

/** Generates the district's regions; names depend on `seed`, codes and counts do not. */
export function generateDemoRegions(seed: number = DEMO_SEED): DemoRegions {
  const random = seededRandom(deriveSeed(seed, 'regions'));
  const district: DemoRegion = {
    code: `${DEMO_COUNTY_CODE}000000`,
    name: DEMO_DISTRICT_NAME,
    level: 'county',
    parentCode: null,
    kind: '区',
  };

  const subdistrictStems = random.shuffle(SUBDISTRICT_STEMS);
  const communityStems = random.shuffle(COMMUNITY_STEMS);
  const townshipStems = new Set<string>();
  /** Village stems are unique in the whole district (so a village is unambiguous by name). */
  const villageStems = new Set<string>();
  const nextCode: Record<TownshipKind, number> = { ...TOWNSHIP_CODE_START };

  const townships: DemoRegion[] = [];
  const villages: DemoRegion[] = [];

  for (const plan of DEMO_TOWNSHIP_LAYOUT) {
    const stem = plan.kind === '街道' ? (subdistrictStems.pop() as string) : placeStem(random, townshipStems);
    townshipStems.add(stem);
    const townshipCode = `${DEMO_COUNTY_CODE}${pad3(nextCode[plan.kind])}`;
    nextCode[plan.kind] += 1;
    const township: DemoRegion = {
      code: `${townshipCode}000`,
      name: stem + plan.kind,
      level: 'township',
      parentCode: district.code,
      kind: plan.kind,
    };
    townships.push(township);

    for (let i = 0; i < plan.communities; i += 1) {
      // The first 社区 of a 镇/乡 is its seat (镇区社区), named after it: 河口镇 → 河口社区.
      let communityStem: string | undefined =
        i === 0 && plan.kind !== '街道' && !villageStems.has(stem) ? stem : undefined;
      while (communityStem === undefined || villageStems.has(communityStem)) {
        communityStem = communityStems.pop() ?? placeStem(random, villageStems);
      }
      villageStems.add(communityStem);
      villages.push({
        code: `${townshipCode}${pad3(COMMUNITY_CODE_START + i)}`,
        name: `${communityStem}社区`,
        level: 'village',
        parentCode: township.code,
        kind: '社区',
      });
    }
    for (let i = 0; i < plan.villages; i += 1) {
      const villageStem = placeStem(random, villageStems);
      villageStems.add(villageStem);
      villages.push({
        code: `${townshipCode}${pad3(VILLAGE_CODE_START + i)}`,
        name: `${villageStem}村`,
        level: 'village',
        parentCode: township.code,
        kind: '村',
      });
    }
  }

  townships.sort((a, b) => a.code.localeCompare(b.code));
  villages.sort((a, b) => a.code.localeCompare(b.code));
  return { district, townships, villages, regions: [district, ...townships, ...villages] };
}
