/** 户籍与生育 — 生育登记, 计划生育家庭奖励扶助, 居住证. Free of charge except 居住证 换领/补领. */
import { demoItem, type ServiceItemInput } from './demo-item';
import { applicationForm, bankAccount, hukou, idCard, material, photo } from './demo-materials';

const POPULATION_LAW = '《中华人民共和国人口与计划生育法》（2021年修正）；《江西省人口与计划生育条例》';

const onlyChildCertificate = (necessity: '必要' | '非必要') =>
  material('only-child-certificate', '独生子女父母光荣证', { necessity, copies: 1, source: '政府部门核发' });

export const POPULATION_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '生育登记',
    category: '户籍与生育',
    itemType: '20',
    main: '05001',
    department: 'township',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '夫妻双方或一方户籍在本辖区，或在本辖区居住的夫妻，生育子女（不限孩次）均可办理生育登记，可在孕期或子女出生后办理。',
    legalBasis: `${POPULATION_LAW}；《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》`,
    process: '代办员协助填报 → 乡镇人民政府（街道办事处）卫生健康办即时登记 → 出具生育服务登记凭证（电子）',
    materials: [
      applicationForm('生育登记表'),
      idCard({ name: '夫妻双方居民身份证' }),
      hukou({ necessity: '非必要', note: '不在户籍地办理的可不提供' }),
      material('marriage-certificate', '结婚证', {
        necessity: '非必要',
        copies: 1,
        source: '政府部门核发',
        note: '已登记结婚的提供；未婚生育同样可以登记',
      }),
    ],
    fields: [
      {
        key: 'childOrder',
        label: '生育子女孩次',
        type: 'select',
        required: true,
        options: ['第一个子女', '第二个子女', '第三个子女', '第四个及以上子女'],
      },
      {
        key: 'stage',
        label: '登记时点',
        type: 'select',
        required: true,
        options: ['孕期登记', '出生后登记'],
      },
      { key: 'expectedDate', label: '预产期或出生日期', type: 'date' },
    ],
  }),
  demoItem({
    name: '独生子女父母奖励申请',
    category: '户籍与生育',
    itemType: '08',
    setBy: '36',
    main: '05002',
    department: 'health',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 15,
    visits: 0,
    conditions:
      '在国家提倡一对夫妻生育一个子女期间（2015年12月31日前）自愿终身只生育一个子女、领取《独生子女父母光荣证》的夫妻，' +
      '按本省条例规定享受独生子女父母奖励（退休时一次性奖励、农村独生子女父母年老奖励等）。',
    legalBasis: POPULATION_LAW,
    process: '代办点代为申请 → 乡镇（街道）卫生健康办审核、村（社区）公示 → 区卫生健康委审批 → 发放奖励金',
    materials: [
      applicationForm('独生子女父母奖励申请表'),
      idCard({ name: '夫妻双方居民身份证' }),
      hukou(),
      onlyChildCertificate('必要'),
      material('retirement-proof', '退休证明', {
        necessity: '非必要',
        copies: 1,
        source: '其他',
        note: '申请退休一次性奖励的提供',
      }),
      bankAccount(),
    ],
    fields: [
      {
        key: 'rewardType',
        label: '奖励类型',
        type: 'select',
        required: true,
        options: ['农村独生子女父母年老奖励', '退休一次性奖励', '其他'],
      },
      { key: 'birthDate', label: '申请人出生日期', type: 'date', required: true },
    ],
  }),
  demoItem({
    name: '农村部分计划生育家庭奖励扶助金申请',
    category: '户籍与生育',
    itemType: '05',
    main: '05003',
    department: 'health',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '本人及配偶均为农业户口或界定为农村居民户口；1973年至2001年期间没有违反计划生育法律法规和政策规定生育；' +
      '现存一个子女或两个女孩，或子女死亡现无子女；年满60周岁。每年集中申报一次，确认后按年发放奖励扶助金。',
    legalBasis:
      `${POPULATION_LAW}；《国务院办公厅转发人口计生委 财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知》` +
      '（国办发〔2004〕21号）',
    process:
      '本人申请、村（居）委会评议公示 → 乡镇（街道）初审 → 区卫生健康委审批、公示 → 资金直接发放至个人账户',
    materials: [
      applicationForm('农村部分计划生育家庭奖励扶助对象申报表'),
      idCard(),
      hukou(),
      material('marriage-certificate', '结婚证', { copies: 1, source: '政府部门核发' }),
      material('family-planning-proof', '村（居）委会出具的婚育情况证明', {
        source: '其他',
        note: '写明子女数量、出生时间及存亡情况，村（居）委会盖章',
      }),
      bankAccount(),
    ],
    fields: [
      { key: 'birthDate', label: '出生日期', type: 'date', required: true },
      {
        key: 'childrenSituation',
        label: '子女情况',
        type: 'select',
        required: true,
        options: ['现存一个子女', '现存两个女孩', '子女死亡现无子女'],
      },
    ],
  }),
  demoItem({
    name: '计划生育特别扶助金申请',
    category: '户籍与生育',
    itemType: '05',
    main: '05004',
    department: 'health',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '独生子女死亡或被依法鉴定为三级以上残疾，夫妻未再生育或收养子女，且女方年满49周岁的家庭，夫妻双方可申请计划生育特别扶助金。',
    legalBasis: `${POPULATION_LAW}；《全国独生子女伤残死亡家庭扶助制度试点方案》（国人口发〔2007〕78号）`,
    process:
      '代办点代为申请 → 村（居）委会核实公示 → 乡镇（街道）初审 → 区卫生健康委审批 → 按月（年）发放扶助金',
    materials: [
      applicationForm('计划生育特别扶助对象申报表'),
      idCard({ name: '夫妻双方居民身份证' }),
      hukou(),
      onlyChildCertificate('非必要'),
      material('child-situation-proof', '子女死亡证明或残疾人证（三级以上）', { copies: 1, source: '其他' }),
      bankAccount(),
    ],
    fields: [
      {
        key: 'situation',
        label: '家庭情况',
        type: 'select',
        required: true,
        options: ['独生子女死亡', '独生子女伤残'],
      },
      { key: 'wifeBirthDate', label: '女方出生日期', type: 'date', required: true },
    ],
  }),
  demoItem({
    name: '居住证申领（含居住登记）',
    category: '户籍与生育',
    itemType: '20',
    main: '05005',
    department: 'publicSecurity',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    // 条例: 受理之日起15日（自然日）内制作发放, 约10个工作日.
    legalDays: 10,
    promisedDays: 7,
    visits: 1,
    conditions:
      '离开常住户口所在地到本区居住的公民，应当办理居住登记；居住半年以上，且符合有合法稳定就业、合法稳定住所、连续就读条件之一的，' +
      '可以申领居住证。须到辖区派出所采集人像（已有符合要求的数码相片回执的除外）。',
    legalBasis: '《居住证暂行条例》（国务院令第663号）',
    process:
      '代办点代为申报居住登记 → 辖区派出所受理、采集人像 → 区公安分局15日内制证 → 居住证送回代办点发放',
    fees: [
      {
        name: '居住证工本费',
        standard: '首次申领免费；换领、补领每证20元',
        basis: '《居住证暂行条例》：首次申领免收证件工本费，换领、补领应当缴纳证件工本费',
        reducible: true,
      },
    ],
    materials: [
      applicationForm('居住证申领登记表'),
      idCard(),
      photo('近期免冠彩色照片或数码相片回执', 1),
      material('residence-proof', '合法稳定住所证明（房屋产权证、房屋租赁合同、单位或学校住宿证明等）', {
        originals: 0,
        copies: 1,
        note: '与就业证明、就读证明三者提供其一即可',
      }),
      material('employment-proof', '合法稳定就业证明（劳动合同、营业执照等）', {
        necessity: '非必要',
        originals: 0,
        copies: 1,
        source: '其他',
      }),
      material('study-proof', '连续就读证明（学籍证明）', {
        necessity: '非必要',
        originals: 0,
        copies: 1,
        source: '其他',
      }),
    ],
    fields: [
      {
        key: 'residenceReason',
        label: '申领条件',
        type: 'select',
        required: true,
        options: ['合法稳定就业', '合法稳定住所', '连续就读'],
      },
      { key: 'residenceAddress', label: '居住地址', type: 'text', required: true },
      { key: 'residenceSince', label: '居住起始日期', type: 'date', required: true },
    ],
  }),
];
