/** 社会保障 (养老保险) — 城乡居民基本养老保险 and 灵活就业人员参保. Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import { applicationForm, bankAccount, hukou, idCard, material, photo } from './demo-materials';

const RESIDENT_PENSION_BASIS =
  '《中华人民共和国社会保险法》第二十条、第二十一条；《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）';

const socialSecurityCard = (necessity: '必要' | '非必要') =>
  material('social-security-card', '社会保障卡', { necessity, source: '政府部门核发', note: '已申领的提供' });

export const PENSION_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '城乡居民基本养老保险参保登记',
    category: '社会保障',
    itemType: '20',
    main: '01001',
    department: 'hrss',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '年满16周岁（不含在校学生），非国家机关和事业单位工作人员，不属于职工基本养老保险制度覆盖范围的城乡居民，' +
      '可在户籍地参加城乡居民基本养老保险。低保对象、特困人员、重度残疾人等缴费困难群体由政府按规定代缴部分或全部最低档次养老保险费。',
    legalBasis: RESIDENT_PENSION_BASIS,
    process:
      '代办员核对身份、协助填表 → 区社会保险事业中心（经乡镇社保所）登记 → 选择缴费档次，通过税务渠道缴费',
    materials: [
      applicationForm('城乡居民基本养老保险参保登记表'),
      idCard(),
      hukou({ necessity: '非必要', note: '身份证不能证明户籍所在地的提供' }),
      socialSecurityCard('非必要'),
    ],
    fields: [
      {
        key: 'contributionGrade',
        label: '缴费档次（元/年）',
        type: 'select',
        required: true,
        options: ['200', '300', '400', '500', '600', '700', '800', '900', '1000', '1500', '2000', '3000'],
        hint: '以当年公布的缴费档次为准',
      },
      {
        key: 'subsidizedGroup',
        label: '代缴对象类别',
        type: 'select',
        options: ['无', '低保对象', '特困人员', '重度残疾人', '返贫致贫人口'],
      },
    ],
  }),
  demoItem({
    name: '城乡居民基本养老保险待遇领取资格认证',
    category: '社会保障',
    itemType: '20',
    main: '01002',
    department: 'hrss',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '领取城乡居民基本养老保险待遇的人员，每年进行一次待遇领取资格认证。可通过数据比对、手机人脸识别自助认证；' +
      '行动不便或不会使用手机的，由村（社区）代办员上门协助认证。',
    legalBasis:
      '《中华人民共和国社会保险法》；《人力资源社会保障部办公厅关于发布〈社会保险待遇资格认证经办规程（试行）〉的通知》（人社厅发〔2018〕107号）',
    process:
      '代办员上门或在代办点协助认证 → 认证结果实时上传区社会保险事业中心 → 逾期未认证的暂停发放，认证后补发',
    materials: [
      idCard({ copies: 0, note: '原件现场核验，无须复印' }),
      socialSecurityCard('非必要'),
      material('certification-form', '待遇领取资格认证记录表（上门认证时填写）', {
        necessity: '非必要',
        source: '其他',
        note: '上门认证时由代办员填写，认证人签字',
      }),
    ],
    fields: [
      {
        key: 'authMethod',
        label: '认证方式',
        type: 'select',
        required: true,
        options: ['人脸识别自助认证', '代办员上门认证', '代办点现场认证'],
      },
      { key: 'residence', label: '居住情况', type: 'select', options: ['本地居住', '异地居住'] },
    ],
  }),
  demoItem({
    name: '城乡居民基本养老保险待遇申领',
    category: '社会保障',
    itemType: '20',
    main: '01003',
    department: 'hrss',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 15,
    visits: 0,
    conditions:
      '参加城乡居民基本养老保险、年满60周岁、累计缴费满15年（或按规定补缴），且未领取国家规定的基本养老保障待遇的参保人员，' +
      '可按月领取城乡居民养老保险待遇。',
    legalBasis: RESIDENT_PENSION_BASIS,
    process:
      '代办员收取材料 → 乡镇社保所初审 → 区社会保险事业中心审核、核定待遇 → 次月起按月发放至社会保障卡',
    materials: [
      applicationForm('城乡居民基本养老保险待遇申领表'),
      idCard(),
      hukou(),
      bankAccount(),
      photo('近期一寸免冠彩色照片', 1, { necessity: '非必要' }),
    ],
    fields: [
      { key: 'birthDate', label: '出生日期', type: 'date', required: true },
      {
        key: 'contributionYears',
        label: '累计缴费年限（年）',
        type: 'number',
        required: true,
        min: 0,
        max: 60,
      },
    ],
  }),
  demoItem({
    name: '灵活就业人员参加企业职工基本养老保险登记',
    category: '社会保障',
    itemType: '20',
    main: '01004',
    department: 'hrss',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '无雇工的个体工商户、未在用人单位参加基本养老保险的非全日制从业人员以及其他灵活就业人员，可以在就业地参加企业职工基本养老保险，' +
      '由个人缴纳基本养老保险费（不受户籍限制）。',
    legalBasis: '《中华人民共和国社会保险法》第十条第二款',
    process: '代办员协助登记 → 区社会保险事业中心办理参保登记 → 按选定缴费基数通过税务渠道缴费',
    materials: [
      applicationForm('灵活就业人员参保登记表'),
      idCard(),
      material('employment-proof', '灵活就业情况说明或个体工商户营业执照', {
        necessity: '非必要',
        copies: 1,
        source: '其他',
      }),
    ],
    fields: [
      {
        key: 'employmentForm',
        label: '就业形式',
        type: 'select',
        required: true,
        options: ['个体工商户（无雇工）', '非全日制从业人员', '新就业形态（平台）从业人员', '其他灵活就业'],
      },
      {
        key: 'contributionBase',
        label: '缴费基数（占全口径平均工资）',
        type: 'select',
        required: true,
        options: ['60%', '80%', '100%', '150%', '200%', '300%'],
      },
    ],
  }),
];
