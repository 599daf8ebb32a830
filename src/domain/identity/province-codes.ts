/**
 * Province-level codes (省级行政区划代码): the first two digits of a GB/T 2260 行政区划代码, and so of the
 * address code (地址码) of a 居民身份证号码. Shared by identity/ and region/.
 */

/** GB/T 2260 province-level divisions (34, incl. 台湾, 香港, 澳门). */
export const PROVINCE_NAMES = {
  '11': '北京市',
  '12': '天津市',
  '13': '河北省',
  '14': '山西省',
  '15': '内蒙古自治区',
  '21': '辽宁省',
  '22': '吉林省',
  '23': '黑龙江省',
  '31': '上海市',
  '32': '江苏省',
  '33': '浙江省',
  '34': '安徽省',
  '35': '福建省',
  '36': '江西省',
  '37': '山东省',
  '41': '河南省',
  '42': '湖北省',
  '43': '湖南省',
  '44': '广东省',
  '45': '广西壮族自治区',
  '46': '海南省',
  '50': '重庆市',
  '51': '四川省',
  '52': '贵州省',
  '53': '云南省',
  '54': '西藏自治区',
  '61': '陕西省',
  '62': '甘肃省',
  '63': '青海省',
  '64': '宁夏回族自治区',
  '65': '新疆维吾尔自治区',
  '71': '台湾省',
  '81': '香港特别行政区',
  '82': '澳门特别行政区',
} as const satisfies Readonly<Record<string, string>>;

export type ProvinceCode = keyof typeof PROVINCE_NAMES;

/** True for a GB/T 2260 province-level code ('36' → 江西省). */
export function isProvinceCode(code: string): code is ProvinceCode {
  return Object.hasOwn(PROVINCE_NAMES, code);
}

/**
 * Address-code prefixes a 身份证号码 may start with: the GB/T 2260 provinces, plus 83 used (with 81 and 82)
 * by the 港澳台居民居住证 numbers, which have the same format as resident ID numbers (830000 for residents
 * of Taiwan; 810000 and 820000 for Hong Kong and Macao).
 */
export function isResidentIdProvinceCode(code: string): boolean {
  return isProvinceCode(code) || code === '83';
}
