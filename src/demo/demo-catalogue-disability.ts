/** 残疾人服务 — 残疾人证, 两项补贴, 辅助器具. Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import {
  applicationForm,
  bankAccount,
  disabilityCertificate,
  hukou,
  idCard,
  material,
  photo,
} from './demo-materials';

const DISABILITY_LAW = '《中华人民共和国残疾人保障法》';

export const DISABILITY_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '残疾人证办理（首次申领）',
    category: '残疾人服务',
    itemType: '20',
    main: '04001',
    sub: '001',
    department: 'disabledPersons',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 15,
    visits: 1,
    conditions:
      '户籍在本区（或持本区居住证），符合《残疾人残疾分类和分级》（GB/T 26341-2010）标准的视力、听力、言语、肢体、智力、精神及多重残疾人，' +
      '可申请办理第二代残疾人证。智力、精神残疾人及未成年人由监护人代为申请。申请人须到区残联指定的评定机构进行残疾评定' +
      '（评定期间办理时限暂停计算），行动不便的可申请上门评定。',
    legalBasis: `${DISABILITY_LAW}；《中华人民共和国残疾人证管理办法》；《残疾人残疾分类和分级》（GB/T 26341-2010）`,
    process:
      '代办点代为申请 → 区残联受理并开具评定通知 → 指定医疗机构残疾评定（特别程序） → 区残联审核 → 制发残疾人证，送回代办点发放',
    materials: [
      applicationForm('中华人民共和国残疾人证申请表'),
      idCard({ name: '居民身份证或户口簿' }),
      photo('近期二寸免冠白底彩色照片', 3),
      material('guardian-id-card', '监护人居民身份证', {
        necessity: '非必要',
        copies: 1,
        source: '政府部门核发',
        note: '由监护人代为申请的提供',
      }),
      material('medical-records', '相关病历、诊断证明', {
        necessity: '非必要',
        originals: 0,
        copies: 1,
        source: '其他',
        note: '有既往病历的提供，供评定参考',
      }),
    ],
    fields: [
      {
        key: 'disabilityCategory',
        label: '残疾类别',
        type: 'select',
        required: true,
        options: ['视力残疾', '听力残疾', '言语残疾', '肢体残疾', '智力残疾', '精神残疾', '多重残疾'],
      },
      {
        key: 'applicant',
        label: '申请人',
        type: 'select',
        required: true,
        options: ['本人申请', '监护人代为申请'],
      },
      { key: 'homeAssessment', label: '需要上门评定', type: 'select', options: ['否', '是'] },
    ],
  }),
  demoItem({
    name: '困难残疾人生活补贴和重度残疾人护理补贴申请',
    category: '残疾人服务',
    itemType: '05',
    main: '04002',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '困难残疾人生活补贴：最低生活保障家庭中持第二代残疾人证的残疾人（本区扩大到低保边缘家庭）；' +
      '重度残疾人护理补贴：残疾等级为一级、二级且需要长期照护的重度残疾人（本区扩大到三级、四级智力、精神残疾人）。' +
      '按月发放，残疾人本人、家属或委托代办员向户籍所在地乡镇（街道）申请。',
    legalBasis: `${DISABILITY_LAW}；《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）`,
    process: '代办点代为申请 → 乡镇（街道）受理、初审 → 区民政局会同区残联审核认定 → 按月发放至本人账户',
    materials: [
      applicationForm('困难残疾人生活补贴和重度残疾人护理补贴申请审批表'),
      idCard(),
      hukou(),
      disabilityCertificate(),
      material('dibao-proof', '最低生活保障证明', {
        necessity: '非必要',
        source: '政府部门核发',
        note: '申请生活补贴且部门信息共享无法查询的提供',
      }),
      bankAccount(),
    ],
    fields: [
      {
        key: 'subsidyType',
        label: '申请补贴类型',
        type: 'select',
        required: true,
        options: ['困难残疾人生活补贴', '重度残疾人护理补贴', '两项补贴均申请'],
      },
      {
        key: 'disabilityGrade',
        label: '残疾等级',
        type: 'select',
        required: true,
        options: ['一级', '二级', '三级', '四级'],
      },
      { key: 'onDibao', label: '是否低保家庭', type: 'select', required: true, options: ['是', '否'] },
    ],
  }),
  demoItem({
    name: '残疾人辅助器具适配申请',
    category: '残疾人服务',
    itemType: '20',
    main: '04003',
    department: 'disabledPersons',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 15,
    visits: 0,
    conditions:
      '持有本区第二代残疾人证、有辅助器具需求的残疾人（及经评估有需求的残疾儿童），可申请基本型辅助器具免费适配或适配补贴。',
    legalBasis: `${DISABILITY_LAW}；《残疾预防和残疾人康复条例》`,
    process: '代办点代为申请 → 区残联评估适配需求（必要时上门评估） → 确定适配方案 → 配发辅助器具或发放补贴',
    materials: [
      applicationForm('残疾人辅助器具适配申请表'),
      idCard(),
      disabilityCertificate(),
      material('assessment-opinion', '医疗机构或辅具评估机构出具的适配评估意见', {
        necessity: '非必要',
        source: '其他',
        note: '已有评估意见的提供，没有的由区残联组织评估',
      }),
    ],
    fields: [
      {
        key: 'deviceType',
        label: '辅助器具类型',
        type: 'select',
        required: true,
        options: ['轮椅', '助行器', '助听器', '盲杖', '坐便椅', '假肢矫形器', '其他'],
      },
      { key: 'needDescription', label: '需求说明', type: 'textarea' },
    ],
  }),
];
