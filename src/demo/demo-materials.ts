/**
 * Building blocks for 申请材料 (application materials) of the demo catalogue.
 *
 * Material ids are stable within an item (一次性告知 points at them): the common ones are
 * `application-form`, `id-card`, `hukou`, `photo`, `bank-account`, `income-statement`,
 * `verification-authorization`, `disability-certificate`.
 */
import type { z } from 'zod';
import type { materialSchema } from '../domain/catalogue/service-item';

export type MaterialInput = z.input<typeof materialSchema>;
type MaterialOptions = Partial<Omit<MaterialInput, 'id' | 'name'>>;

/** A material; defaults: 纸质, 1 original, no copy, 必要, 申请人自备. */
export function material(id: string, name: string, options: MaterialOptions = {}): MaterialInput {
  return {
    id,
    name,
    form: options.form ?? '纸质',
    originals: options.originals ?? 1,
    copies: options.copies ?? 0,
    necessity: options.necessity ?? '必要',
    source: options.source ?? '申请人自备',
    note: options.note ?? '',
  };
}

/** 申请表 / 登记表: the station keeps blank forms and may fill them in for the applicant. */
export function applicationForm(name: string, options: MaterialOptions = {}): MaterialInput {
  return material('application-form', name, {
    note: '空白表格由村（社区）代办点提供，代办员可协助填写，申请人签字或按手印确认',
    ...options,
  });
}

/** 居民身份证 */
export function idCard(options: MaterialOptions & { name?: string } = {}): MaterialInput {
  const { name = '居民身份证', ...rest } = options;
  return material('id-card', name, {
    copies: 1,
    source: '政府部门核发',
    note: '原件现场核验后退回，留存正反面复印件（或拍照上传）',
    ...rest,
  });
}

/** 居民户口簿 */
export function hukou(options: MaterialOptions & { name?: string } = {}): MaterialInput {
  const { name = '居民户口簿', ...rest } = options;
  return material('hukou', name, {
    copies: 1,
    source: '政府部门核发',
    note: '户主页及本人页，原件核验后退回',
    ...rest,
  });
}

/** 近期免冠照片 */
export function photo(description: string, count: number, options: MaterialOptions = {}): MaterialInput {
  return material('photo', description, { originals: count, form: '纸质或电子', ...options });
}

/** 社会保障卡或银行账户 (where the money is paid). */
export function bankAccount(options: MaterialOptions & { name?: string } = {}): MaterialInput {
  const { name = '本人社会保障卡（金融账户）或银行账户信息', ...rest } = options;
  return material('bank-account', name, {
    copies: 1,
    source: '其他',
    note: '用于发放资金，须为申请人本人账户',
    ...rest,
  });
}

/** 家庭收入情况声明 (社会救助). */
export function incomeStatement(options: MaterialOptions = {}): MaterialInput {
  return material('income-statement', '家庭收入情况声明（家庭成员收入、财产状况申报）', {
    note: '如实申报共同生活家庭成员的收入和财产，全体成年家庭成员签字',
    ...options,
  });
}

/** 家庭经济状况核对授权书 (社会救助: lets the civil affairs bureau check bank, vehicle, property … records). */
export function verificationAuthorization(options: MaterialOptions = {}): MaterialInput {
  return material('verification-authorization', '家庭经济状况核对授权书', {
    note: '共同生活的成年家庭成员均须本人签字，授权民政部门核对存款、车辆、房产、社保、工商等信息',
    ...options,
  });
}

/** 残疾人证 (第二代). */
export function disabilityCertificate(options: MaterialOptions = {}): MaterialInput {
  return material('disability-certificate', '中华人民共和国残疾人证（第二代）', {
    copies: 1,
    source: '政府部门核发',
    ...options,
  });
}
