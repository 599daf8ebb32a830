/**
 * Implementing bodies (实施主体) of the demo catalogue, with synthetic 统一社会信用代码 (GB 32100-2015).
 *
 * The codes are made up (region 360799 does not exist) but well-formed: 登记管理部门 1 (机构编制) + 机构类别
 * (1 机关, 2 事业单位, 3 群团组织) + 6-digit region + 9-character organisation code + a computed check character.
 */
import type { ExerciseLevelCode, HandlingLevel } from '../domain/catalogue/service-item';
import { DEMO_COUNTY_CODE, DEMO_DISTRICT_NAME } from './demo-regions';

export type DemoDepartment = {
  /** 实施主体名称 */
  name: string;
  /** 统一社会信用代码 (18 characters). */
  creditCode: string;
  /** 行使层级: 4 县级, 5 镇(乡、街道)级 */
  exerciseLevel: ExerciseLevelCode;
  /** Where cases of this body's items are decided. */
  handledAt: HandlingLevel;
  /** 咨询电话 (national service hotlines; 12345 is the 政务服务便民热线). */
  consultPhone: string;
};

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Appends the GB 32100-2015 check character to the first 17 characters of a 统一社会信用代码. */
export function withCreditCodeCheck(first17: string): string {
  if (first17.length !== 17) throw new RangeError('统一社会信用代码本体应为17位');
  let sum = 0;
  CREDIT_CODE_WEIGHTS.forEach((weight, i) => {
    const value = CREDIT_CODE_CHARS.indexOf(first17.charAt(i));
    if (value < 0) throw new RangeError(`统一社会信用代码含非法字符: ${first17.charAt(i)}`);
    sum += value * weight;
  });
  const check = (31 - (sum % 31)) % 31;
  return first17 + CREDIT_CODE_CHARS.charAt(check);
}

const county = (category: '1' | '2' | '3', organisationCode: string): string =>
  withCreditCodeCheck(`1${category}${DEMO_COUNTY_CODE}${organisationCode}`);

const district = (
  name: string,
  category: '1' | '2' | '3',
  organisationCode: string,
  consultPhone: string,
): DemoDepartment => ({
  name: DEMO_DISTRICT_NAME + name,
  creditCode: county(category, organisationCode),
  exerciseLevel: '4',
  handledAt: 'district',
  consultPhone,
});

export const DEMO_DEPARTMENTS = {
  /** 区人力资源和社会保障局 (社会保险事业中心、公共就业服务中心经办) */
  hrss: district('人力资源和社会保障局', '1', '014250011', '12333'),
  /** 区医疗保障局 */
  medicalSecurity: district('医疗保障局', '1', '014250028', '12393'),
  /** 区民政局 */
  civilAffairs: district('民政局', '1', '014250036', '12345'),
  /** 区卫生健康委员会 */
  health: district('卫生健康委员会', '1', '014250044', '12320'),
  /** 区公安分局 (辖区派出所受理) */
  publicSecurity: district('公安分局', '1', '014250052', '12345'),
  /** 区农业农村局 */
  agriculture: district('农业农村局', '1', '014250069', '12316'),
  /** 区退役军人事务局 */
  veterans: district('退役军人事务局', '1', '014250077', '12345'),
  /** 区残疾人联合会 (群团组织) */
  disabledPersons: district('残疾人联合会', '3', '014250093', '12385'),
  /** 乡镇人民政府（街道办事处）: each township decides in its own name; one code stands for all in the demo. */
  township: {
    name: '乡镇人民政府（街道办事处）',
    creditCode: county('1', '014250085'),
    exerciseLevel: '5',
    handledAt: 'township',
    consultPhone: '12345',
  },
  /** 乡镇（街道）劳动就业和社会保障服务所 (基层公共就业服务平台, 事业单位) */
  townshipLabour: {
    name: '乡镇（街道）劳动就业和社会保障服务所',
    creditCode: county('2', 'MB0000010'),
    exerciseLevel: '5',
    handledAt: 'township',
    consultPhone: '12333',
  },
} as const satisfies Record<string, DemoDepartment>;

export type DemoDepartmentKey = keyof typeof DEMO_DEPARTMENTS;
