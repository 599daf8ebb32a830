/** 社会保障 (医疗保障) — 城乡居民基本医疗保险 参保, 新生儿, 异地就医, 门诊慢特病. Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import { applicationForm, hukou, idCard, material } from './demo-materials';

const RESIDENT_MEDICAL_BASIS =
  '《中华人民共和国社会保险法》第二十五条；《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）';

export const MEDICAL_INSURANCE_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '城乡居民基本医疗保险参保登记',
    category: '社会保障',
    itemType: '20',
    main: '01101',
    department: 'medicalSecurity',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '除职工基本医疗保险应参保人员或按规定享有其他保障的人员以外的城乡居民，在户籍地或持居住证在居住地参加城乡居民基本医疗保险。' +
      '每年集中参保期缴纳次年个人缴费；特困人员、低保对象、返贫致贫人口等由医疗救助资金按规定资助参保。',
    legalBasis: RESIDENT_MEDICAL_BASIS,
    process: '代办员核对身份、协助登记 → 区医疗保障局（医保经办机构）登记 → 通过税务渠道缴费后按规定享受待遇',
    materials: [
      applicationForm('城乡居民基本医疗保险参保登记表'),
      idCard({ name: '居民身份证或户口簿' }),
      material('residence-permit', '居住证', {
        necessity: '非必要',
        copies: 1,
        source: '政府部门核发',
        note: '非本区户籍在居住地参保的提供',
      }),
      material('subsidy-proof', '资助参保身份证明（特困、低保等）', {
        necessity: '非必要',
        source: '政府部门核发',
        note: '部门信息共享可查询的无须提供',
      }),
    ],
    fields: [
      { key: 'coverageYear', label: '参保年度', type: 'number', required: true, min: 2025, max: 2035 },
      {
        key: 'subsidyCategory',
        label: '资助参保类别',
        type: 'select',
        options: ['无', '特困人员', '低保对象', '返贫致贫人口', '其他资助对象'],
      },
    ],
  }),
  demoItem({
    name: '新生儿参保登记',
    category: '社会保障',
    itemType: '20',
    main: '01101',
    sub: '002',
    department: 'medicalSecurity',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '新生儿可凭出生医学证明参加城乡居民基本医疗保险，无须等待户口登记；出生后90天内参保并缴费的，自出生之日起享受医保待遇。',
    legalBasis: `${RESIDENT_MEDICAL_BASIS}；《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》（国办发〔2024〕38号）`,
    process: '代办员协助登记 → 区医疗保障局登记 → 缴费后待遇追溯至出生之日',
    materials: [
      material('birth-certificate', '出生医学证明', {
        copies: 1,
        source: '其他',
        note: '由助产医疗机构签发',
      }),
      idCard({ name: '监护人居民身份证' }),
      hukou({ necessity: '非必要', note: '新生儿已落户的提供' }),
    ],
    fields: [
      { key: 'babyName', label: '新生儿姓名', type: 'text', required: true },
      { key: 'birthDate', label: '出生日期', type: 'date', required: true },
      {
        key: 'guardianRelation',
        label: '监护人关系',
        type: 'select',
        required: true,
        options: ['父亲', '母亲', '其他监护人'],
      },
    ],
  }),
  demoItem({
    name: '城乡居民医保异地就医备案',
    category: '社会保障',
    itemType: '20',
    main: '01102',
    department: 'medicalSecurity',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '异地长期居住人员（异地安置退休、异地长期居住、常驻异地工作）和临时外出就医人员（异地转诊、异地急诊抢救、其他临时外出就医）' +
      '办理备案后，可在就医地定点医疗机构直接结算。异地长期居住人员实行个人承诺制。',
    legalBasis:
      '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）',
    process: '代办员协助填报 → 区医疗保障局（医保经办机构）即时备案 → 在就医地定点医疗机构直接结算',
    materials: [
      applicationForm('异地就医备案登记表'),
      idCard({ name: '居民身份证或社会保障卡', copies: 0, note: '原件现场核验' }),
      material('residence-pledge', '异地长期居住个人承诺书', {
        necessity: '非必要',
        note: '办理异地长期居住备案的提供',
      }),
      material('referral-proof', '转诊转院证明', {
        necessity: '非必要',
        source: '其他',
        note: '办理异地转诊备案的提供，由本区定点医疗机构出具',
      }),
    ],
    fields: [
      {
        key: 'filingType',
        label: '备案类型',
        type: 'select',
        required: true,
        options: [
          '异地长期居住',
          '临时外出就医（异地转诊）',
          '临时外出就医（急诊抢救）',
          '临时外出就医（其他）',
        ],
      },
      { key: 'destination', label: '就医地（省、市、县）', type: 'text', required: true },
      { key: 'startDate', label: '备案开始日期', type: 'date', required: true },
    ],
  }),
  demoItem({
    name: '门诊慢特病待遇认定',
    category: '社会保障',
    itemType: '07',
    main: '01103',
    department: 'medicalSecurity',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 10,
    visits: 0,
    conditions:
      '参加本区基本医疗保险，患有本省门诊慢性病、特殊疾病病种目录内疾病的参保人，经定点医疗机构诊断、医保经办机构认定后，' +
      '门诊费用按规定纳入统筹基金支付。',
    legalBasis: '《中华人民共和国社会保险法》；本省门诊慢特病病种目录及待遇保障规定',
    process:
      '代办员收取病历材料 → 区医疗保障局组织认定（必要时专家评审） → 认定结果录入系统，在定点医疗机构结算',
    materials: [
      applicationForm('门诊慢特病待遇认定申请表'),
      idCard({ name: '居民身份证或社会保障卡' }),
      material('diagnosis', '二级以上医疗机构出具的诊断证明、病历及相关检查报告', {
        originals: 0,
        copies: 1,
        source: '其他',
      }),
    ],
    fields: [
      {
        key: 'disease',
        label: '申请病种',
        type: 'select',
        required: true,
        options: [
          '高血压',
          '糖尿病',
          '恶性肿瘤门诊治疗',
          '尿毒症透析',
          '器官移植抗排异',
          '严重精神障碍',
          '其他',
        ],
      },
      { key: 'hospitalName', label: '诊断医疗机构', type: 'text', required: true },
    ],
  }),
];
