/** 社会救助 — 低保, 特困, 临时救助, 医疗救助 (《社会救助暂行办法》). Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import {
  applicationForm,
  bankAccount,
  disabilityCertificate,
  hukou,
  idCard,
  incomeStatement,
  material,
  verificationAuthorization,
} from './demo-materials';

const SOCIAL_ASSISTANCE_LAW = '《社会救助暂行办法》（国务院令第649号）';

export const SOCIAL_ASSISTANCE_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '最低生活保障申请',
    category: '社会救助',
    itemType: '05',
    main: '02001',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 25,
    visits: 0,
    conditions:
      '共同生活的家庭成员人均收入低于本区最低生活保障标准，且家庭财产状况符合规定的，以家庭为单位向户籍所在地乡镇人民政府（街道办事处）提出申请；' +
      '持有本区居住证的，可向居住地申请。共同生活家庭成员中有重病、重残人员且收入低于标准的，可单人户提出申请。' +
      '（演示数据：城市低保标准每人每月930元，农村低保标准每人每月720元。）',
    legalBasis: `${SOCIAL_ASSISTANCE_LAW}第二章；《最低生活保障审核确认办法》（民发〔2021〕57号）`,
    process:
      '村（社区）代办点代为申请 → 乡镇（街道）受理 → 家庭经济状况调查（入户调查、邻里访问、信息核对） → ' +
      '乡镇提出审核意见并在村（社区）公示7天 → 区民政局审核确认 → 公布并按月发放低保金。特殊情况可延长至45个工作日。',
    materials: [
      applicationForm('最低生活保障申请书（共同生活家庭成员签字）'),
      idCard({ name: '共同生活家庭成员的居民身份证' }),
      hukou(),
      incomeStatement(),
      verificationAuthorization(),
      disabilityCertificate({ necessity: '非必要', note: '家庭成员中有残疾人的提供' }),
      material('medical-records', '重病患者病历、诊断证明及医疗费用票据', {
        necessity: '非必要',
        copies: 1,
        originals: 0,
        source: '其他',
        note: '家庭成员患重病的提供，由二级以上医疗机构出具',
      }),
      material('marriage-certificate', '结婚证或离婚证、离婚协议（判决书）', {
        necessity: '非必要',
        copies: 1,
        source: '政府部门核发',
        note: '婚姻状况涉及家庭成员认定的提供',
      }),
      bankAccount({ necessity: '容缺', note: '可先行受理，审核确认前补交' }),
    ],
    fields: [
      {
        key: 'assistanceType',
        label: '申请类别',
        type: 'select',
        required: true,
        options: ['城市低保', '农村低保'],
      },
      {
        key: 'familySize',
        label: '家庭人口数',
        type: 'number',
        required: true,
        min: 1,
        max: 20,
        hint: '共同生活的家庭成员人数',
      },
      {
        key: 'monthlyIncomePerCapita',
        label: '家庭月人均收入（元）',
        type: 'number',
        required: true,
        min: 0,
        max: 100000,
        hint: '近6个月家庭总收入 ÷ 6 ÷ 家庭人口数',
      },
      {
        key: 'specialMembers',
        label: '重病、重残成员',
        type: 'select',
        options: ['无', '有重病患者', '有重度残疾人', '两者都有'],
      },
      { key: 'reason', label: '申请理由', type: 'textarea', required: true },
    ],
  }),
  demoItem({
    name: '最低生活保障对象年度复核（动态管理）',
    category: '社会救助',
    itemType: '05',
    main: '02001',
    sub: '002',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '已纳入最低生活保障的家庭按规定定期复核（家庭成员基本无变化的每年复核一次，收入来源不固定的每半年复核一次）；' +
      '家庭人口、收入、财产状况发生变化的，应当及时主动报告。',
    legalBasis: `${SOCIAL_ASSISTANCE_LAW}第十三条；《最低生活保障审核确认办法》（民发〔2021〕57号）`,
    process: '代办员入户核查并收集材料 → 乡镇（街道）复核 → 区民政局确认 → 继续保障、调整保障金额或停发',
    materials: [
      applicationForm('最低生活保障家庭年度复核表'),
      idCard({ name: '户主居民身份证' }),
      incomeStatement(),
      hukou({ necessity: '非必要', note: '家庭人口有变化的提供' }),
      verificationAuthorization({ necessity: '容缺', note: '新增成年家庭成员须签字，可后补' }),
    ],
    fields: [
      { key: 'familySize', label: '家庭人口数', type: 'number', required: true, min: 1, max: 20 },
      {
        key: 'monthlyIncomePerCapita',
        label: '家庭月人均收入（元）',
        type: 'number',
        required: true,
        min: 0,
        max: 100000,
      },
      {
        key: 'changeType',
        label: '家庭情况变化',
        type: 'select',
        required: true,
        options: ['无变化', '人口变化', '收入变化', '财产变化', '多项变化'],
      },
    ],
  }),
  demoItem({
    name: '特困人员救助供养申请',
    category: '社会救助',
    itemType: '05',
    main: '02002',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 25,
    visits: 0,
    conditions:
      '同时具备以下条件的老年人、残疾人和未满16周岁的未成年人：无劳动能力；无生活来源；' +
      '无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力。本人或委托他人向户籍所在地乡镇人民政府（街道办事处）提出申请。',
    legalBasis: `${SOCIAL_ASSISTANCE_LAW}第三章；《特困人员认定办法》（民发〔2021〕43号）`,
    process:
      '代办点代为申请 → 乡镇（街道）受理，15个工作日内入户调查、生活自理能力评估并提出初审意见，在村（社区）公示 → ' +
      '区民政局15个工作日内确认 → 签订供养服务协议，按月发放基本生活费和照料护理费',
    materials: [
      applicationForm('特困人员救助供养申请书'),
      idCard(),
      hukou(),
      incomeStatement(),
      verificationAuthorization(),
      material('obligor-statement', '法定赡养、抚养、扶养义务人情况及其履行义务能力的说明', {
        note: '由申请人如实填写，村（居）委会核实',
      }),
      disabilityCertificate({ necessity: '非必要', note: '残疾人申请的提供' }),
      material('self-care-assessment', '生活自理能力评估表', {
        necessity: '非必要',
        source: '政府部门核发',
        note: '由乡镇（街道）组织评估，申请人无须自备',
      }),
    ],
    fields: [
      {
        key: 'personCategory',
        label: '人员类别',
        type: 'select',
        required: true,
        options: ['老年人（年满60周岁）', '残疾人', '未满16周岁的未成年人'],
      },
      {
        key: 'selfCareAbility',
        label: '生活自理能力',
        type: 'select',
        required: true,
        options: ['具备生活自理能力', '部分丧失生活自理能力', '完全丧失生活自理能力'],
      },
      {
        key: 'supportMode',
        label: '供养方式',
        type: 'select',
        required: true,
        options: ['分散供养', '集中供养'],
      },
    ],
  }),
  demoItem({
    name: '临时救助申请',
    category: '社会救助',
    itemType: '05',
    main: '02003',
    department: 'township',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 10,
    promisedDays: 7,
    visits: 0,
    conditions:
      '因火灾、交通事故等意外事件，家庭成员突发重大疾病等原因，导致基本生活暂时出现严重困难的家庭（急难型）；' +
      '因生活必需支出突然增加超出家庭承受能力，导致基本生活暂时出现严重困难的最低生活保障家庭或低收入家庭（支出型）。' +
      '乡镇（街道）审批额度以内的由乡镇审批，超出额度的报区民政局审批；情况紧急的先行救助、事后补齐手续。',
    legalBasis: `${SOCIAL_ASSISTANCE_LAW}第九章；《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）`,
    process: '代办点代为申请 → 乡镇（街道）受理、调查核实 → 公示（急难型可简化） → 审批并发放救助金或实物',
    materials: [
      applicationForm('临时救助申请书'),
      idCard(),
      hukou({ note: '非本区户籍的提供居住证' }),
      material('hardship-proof', '遭遇困难的证明材料（医疗费用票据、火灾或事故证明、学费票据等）', {
        originals: 0,
        copies: 1,
        source: '其他',
      }),
      verificationAuthorization(),
      bankAccount({ necessity: '容缺' }),
    ],
    fields: [
      {
        key: 'hardshipType',
        label: '困难类型',
        type: 'select',
        required: true,
        options: ['急难型', '支出型'],
      },
      {
        key: 'hardshipCause',
        label: '致困原因',
        type: 'select',
        required: true,
        options: ['火灾、交通事故等意外事件', '突发重大疾病', '医疗支出', '教育支出', '其他'],
      },
      { key: 'amountRequested', label: '申请救助金额（元）', type: 'number', min: 0, max: 100000 },
      { key: 'description', label: '困难情况说明', type: 'textarea', required: true },
    ],
  }),
  demoItem({
    name: '医疗救助申请',
    category: '社会救助',
    itemType: '05',
    main: '02004',
    department: 'medicalSecurity',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 10,
    visits: 0,
    conditions:
      '特困人员、低保对象、返贫致贫人口、低保边缘家庭成员、纳入监测范围的农村易返贫致贫人口及因病致贫重病患者，' +
      '经基本医疗保险、大病保险支付后个人负担的政策范围内医疗费用，可申请医疗救助。已在定点医疗机构"一站式"结算的不再重复申请。',
    legalBasis: `${SOCIAL_ASSISTANCE_LAW}第五章；《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）`,
    process: '代办点代为申请 → 乡镇（街道）初审 → 区医疗保障局审核、计算救助金额 → 打卡发放',
    materials: [
      applicationForm('医疗救助申请审批表'),
      idCard(),
      material('medical-invoices', '医疗费用发票及费用明细清单', { copies: 1, source: '其他' }),
      material('discharge-summary', '出院小结或诊断证明', { originals: 0, copies: 1, source: '其他' }),
      material('insurance-settlement', '基本医疗保险、大病保险结算单', { source: '其他' }),
      material('identity-proof', '救助对象身份证明（低保证、特困供养证等）', {
        necessity: '非必要',
        source: '政府部门核发',
        note: '部门信息共享可查询的无须提供',
      }),
      bankAccount(),
    ],
    fields: [
      {
        key: 'assistanceCategory',
        label: '救助对象类别',
        type: 'select',
        required: true,
        options: ['特困人员', '低保对象', '返贫致贫人口', '低保边缘家庭成员', '因病致贫重病患者', '其他'],
      },
      { key: 'hospitalName', label: '就诊医疗机构', type: 'text', required: true },
      { key: 'totalExpense', label: '医疗总费用（元）', type: 'number', min: 0 },
      { key: 'selfPaid', label: '政策范围内个人自付费用（元）', type: 'number', required: true, min: 0 },
    ],
  }),
];
