/**
 * Demo users (演示账号) for every role, with one shared demo password.
 *
 * Username scheme (stable for every seed; only the people's names depend on the seed):
 * - `cun001` … `cun272`: 村(社区)代办员, one per village station, numbered in village-code order;
 * - `zhen01a`, `zhen01b` … `zhen18a`, `zhen18b`: two 乡镇审核员 per township (街道/镇/乡), in township-code order;
 * - `qu01`, `qu02`: 区监管员;
 * - `admin`: 系统管理员.
 *
 * THIS IS DEMO DATA: the password is public and the same for everyone. Never seed it into a real deployment.
 */
import { ROLE_NAMES_ZH, type Role } from '../domain/roles';
import { DEMO_SEED } from './demo-seed';
import {
  demoRegionPath,
  generateDemoRegions,
  scopeOf,
  type DemoRegion,
  type DemoRegions,
} from './demo-regions';
import { deriveSeed, seededRandom, type SeededRandom } from './seeded-random';

/** The one password of every demo account. */
export const DEMO_PASSWORD = 'daiban123';

export type DemoUser = {
  /** Stable id, e.g. `demo-agent-360799101201`, `demo-reviewer-360799101-a`, `demo-supervisor-01`, `demo-admin`. */
  id: string;
  username: string;
  /** Synthetic Chinese person name (姓名). */
  name: string;
  role: Role;
  /** Jurisdiction (管辖范围): 12 digits for an agent, 9 for a reviewer, 6 for a supervisor or admin. */
  scope: string;
  password: string;
};

/** A representative login printed by the server at start (one per role). */
export type DemoLogin = {
  role: Role;
  /** e.g. 村代办员 */
  roleName: string;
  username: string;
  password: string;
  /** The person's name. */
  name: string;
  scope: string;
  /** Name of the region the scope designates (e.g. 青石村). */
  regionName: string;
  /** Full path, e.g. 青岚区 河口镇 青石村. */
  regionPath: string;
};

// 姓氏, weighted roughly by frequency (census 2020; 陈, 刘, 黄, 熊 … are frequent in 江西).
const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 70],
  ['李', 70],
  ['张', 65],
  ['刘', 60],
  ['陈', 60],
  ['杨', 30],
  ['黄', 30],
  ['赵', 22],
  ['吴', 22],
  ['周', 20],
  ['徐', 16],
  ['孙', 15],
  ['马', 12],
  ['朱', 13],
  ['胡', 15],
  ['郭', 12],
  ['何', 12],
  ['林', 12],
  ['高', 11],
  ['罗', 13],
  ['郑', 10],
  ['梁', 9],
  ['谢', 10],
  ['宋', 8],
  ['唐', 8],
  ['许', 7],
  ['韩', 7],
  ['邓', 8],
  ['冯', 7],
  ['曹', 6],
  ['彭', 7],
  ['曾', 8],
  ['肖', 7],
  ['田', 5],
  ['董', 5],
  ['袁', 5],
  ['潘', 5],
  ['钟', 6],
  ['蒋', 5],
  ['蔡', 5],
  ['余', 6],
  ['杜', 4],
  ['叶', 5],
  ['程', 4],
  ['魏', 4],
  ['廖', 5],
  ['邹', 4],
  ['熊', 5],
  ['温', 3],
  ['赖', 4],
  ['欧阳', 2],
  ['司马', 1],
];

// 名字用字, by the gender a name usually suggests (a person keeps to one list so names read naturally).
const GIVEN_CHARS_MALE: readonly string[] = Array.from(
  '建国华明伟强军平勇杰涛磊海波斌鹏辉刚峰健文志永金德成林俊浩宇博泽家福生荣根发亮光旭',
);
const GIVEN_CHARS_FEMALE: readonly string[] = Array.from(
  '芳秀英敏静丽霞燕玲桂兰红梅丹婷洁春慧琴娟萍欣怡雪晨佳嘉思雨云晓凤莉',
);

function personName(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const surname = random.weighted(SURNAMES);
    const chars = random.chance(0.5) ? GIVEN_CHARS_MALE : GIVEN_CHARS_FEMALE;
    const givenLength = random.chance(0.2) ? 1 : 2;
    let given = '';
    for (let i = 0; i < givenLength; i += 1) given += random.pick(chars);
    const name = surname + given;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Users of the district, in this order: the admin, the 2 supervisors, 2 reviewers per township, one agent per
 * village. Names depend on `seed`; ids, usernames and scopes do not.
 */
export function generateDemoUsers(
  regions: Pick<DemoRegions, 'district' | 'townships' | 'villages'>,
  seed: number = DEMO_SEED,
): DemoUser[] {
  const random = seededRandom(deriveSeed(seed, 'users'));
  const used = new Set<string>();
  const districtScope = scopeOf(regions.district);
  const user = (id: string, username: string, role: Role, scope: string): DemoUser => ({
    id,
    username,
    name: personName(random, used),
    role,
    scope,
    password: DEMO_PASSWORD,
  });

  const users: DemoUser[] = [user('demo-admin', 'admin', 'admin', districtScope)];
  for (let i = 1; i <= 2; i += 1) {
    users.push(user(`demo-supervisor-${pad(i, 2)}`, `qu${pad(i, 2)}`, 'supervisor', districtScope));
  }
  regions.townships.forEach((township, index) => {
    const scope = scopeOf(township);
    for (const letter of ['a', 'b']) {
      users.push(
        user(`demo-reviewer-${scope}-${letter}`, `zhen${pad(index + 1, 2)}${letter}`, 'reviewer', scope),
      );
    }
  });
  regions.villages.forEach((village, index) => {
    users.push(user(`demo-agent-${village.code}`, `cun${pad(index + 1, 3)}`, 'agent', scopeOf(village)));
  });
  return users;
}

/**
 * One representative login per role: the agent of the first 村 of the first 镇, the first reviewer of the
 * same 镇 (so the printed agent and reviewer work on the same cases), the first supervisor, the admin.
 */
export function demoLoginsOf(regions: DemoRegions, users: readonly DemoUser[]): DemoLogin[] {
  const town = regions.townships.find((t) => t.kind === '镇') ?? regions.townships[0];
  const village =
    regions.villages.find((v) => v.kind === '村' && v.parentCode === town?.code) ?? regions.villages[0];
  const wanted: readonly (readonly [Role, DemoRegion | undefined])[] = [
    ['agent', village],
    ['reviewer', town],
    ['supervisor', regions.district],
    ['admin', regions.district],
  ];
  const logins: DemoLogin[] = [];
  for (const [role, region] of wanted) {
    if (!region) continue;
    const scope = scopeOf(region);
    const found = users.find((u) => u.role === role && u.scope === scope);
    if (!found) continue;
    logins.push({
      role,
      roleName: ROLE_NAMES_ZH[role],
      username: found.username,
      password: found.password,
      name: found.name,
      scope,
      regionName: region.name,
      regionPath: demoRegionPath(regions.regions, region.code).join(' '),
    });
  }
  return logins;
}

const defaultRegions = generateDemoRegions(DEMO_SEED);

/** The representative logins of the default demo district (seed DEMO_SEED), printed by the server at start. */
export const DEMO_LOGINS: readonly DemoLogin[] = demoLoginsOf(
  defaultRegions,
  generateDemoUsers(defaultRegions, DEMO_SEED),
);
