/** 农业农村 — 惠农补贴, 宅基地和建房, 土地承包经营权. Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import { applicationForm, hukou, idCard, material } from './demo-materials';

/** 惠民惠农财政补贴资金"一卡通" */
const subsidyCard = () =>
  material('subsidy-card', '惠民惠农财政补贴资金"一卡通"（社会保障卡）账户信息', {
    copies: 1,
    source: '其他',
    note: '补贴资金直接发放至本人"一卡通"账户',
  });

const landCertificate = (necessity: '必要' | '非必要', note = '') =>
  material('land-contract-certificate', '农村土地承包经营权证', {
    necessity,
    copies: 1,
    source: '政府部门核发',
    note,
  });

export const AGRICULTURE_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '耕地地力保护补贴申报',
    category: '农业农村',
    itemType: '05',
    main: '07001',
    department: 'agriculture',
    serviceObjects: ['自然人', '其他组织'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '拥有耕地承包权的种地农民按实际种植面积申报。已作为畜牧水产养殖场所使用的耕地、林地、成片粮田转为设施农业用地、' +
      '非农业征（占）用耕地等已改变用途的耕地，以及长年抛荒地、占补平衡中"补"的面积和质量达不到耕种条件的耕地等，不再给予补贴。',
    legalBasis:
      '《财政部 农业部关于全面推开农业"三项补贴"改革工作的通知》（财农〔2016〕26号）；本省耕地地力保护补贴实施方案',
    process:
      '农户申报、村级核实并张榜公示 → 乡镇（街道）审核 → 区农业农村局、区财政局审定 → 通过"一卡通"发放',
    materials: [
      applicationForm('耕地地力保护补贴面积申报表'),
      idCard(),
      landCertificate('非必要', '系统可查询承包信息的无须提供'),
      subsidyCard(),
    ],
    fields: [
      {
        key: 'contractArea',
        label: '承包耕地面积（亩）',
        type: 'number',
        required: true,
        min: 0,
        max: 10000,
      },
      {
        key: 'declaredArea',
        label: '申报补贴面积（亩）',
        type: 'number',
        required: true,
        min: 0,
        max: 10000,
      },
      {
        key: 'crop',
        label: '主要种植作物',
        type: 'select',
        options: ['水稻', '玉米', '小麦', '油菜', '蔬菜', '其他'],
      },
    ],
  }),
  demoItem({
    name: '农村宅基地和建房（规划许可）申请',
    category: '农业农村',
    itemType: '01',
    main: '07002',
    department: 'township',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 15,
    visits: 0,
    conditions:
      '本集体经济组织成员以户为单位申请。农村村民一户只能拥有一处宅基地，面积不得超过本省规定的标准；' +
      '无宅基地、因子女结婚等原因确需分户而缺少宅基地、因自然灾害或政策性搬迁需重新选址、原住房为危房需拆除重建的，可以申请。' +
      '出卖、出租、赠与住宅后再申请宅基地的，不予批准。',
    legalBasis:
      '《中华人民共和国土地管理法》第六十二条；《中华人民共和国城乡规划法》第四十一条；' +
      '《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）',
    process:
      '农户申请 → 村民小组会议讨论并公示 → 村级组织审查 → 乡镇（街道）受理，组织农业农村、自然资源等部门联审及实地审查 → ' +
      '乡镇人民政府审批，核发《农村宅基地批准书》和《乡村建设规划许可证》 → 开工前划定宅基地、竣工后验收（"三到场"）',
    materials: [
      applicationForm('农村宅基地和建房（规划许可）申请表'),
      material('usage-pledge', '农村宅基地使用承诺书', { note: '承诺一户一宅、建新拆旧等' }),
      idCard({ name: '申请人及家庭成员居民身份证' }),
      hukou(),
      material('village-meeting-record', '村民小组会议记录及公示情况', {
        source: '其他',
        note: '由村民小组、村委会出具，公示期不少于5个工作日',
      }),
      material('building-design', '住宅设计图或选用的通用设计图', {
        source: '其他',
        note: '可选用本区农房通用图集',
      }),
      material('old-plot-exit', '原宅基地退出协议或拆除承诺', {
        necessity: '非必要',
        note: '原址翻建或有旧宅基地的提供',
      }),
    ],
    fields: [
      {
        key: 'reason',
        label: '申请类型',
        type: 'select',
        required: true,
        options: ['分户新建', '原址翻建（危房改造）', '异地新建（灾害、搬迁）', '其他'],
      },
      {
        key: 'plotArea',
        label: '拟申请宅基地面积（平方米）',
        type: 'number',
        required: true,
        min: 1,
        max: 300,
        hint: '不得超过本省规定的标准',
      },
      {
        key: 'floorArea',
        label: '拟建房建筑面积（平方米）',
        type: 'number',
        required: true,
        min: 1,
        max: 1000,
      },
      { key: 'floors', label: '层数', type: 'number', required: true, min: 1, max: 3 },
      { key: 'location', label: '拟建位置（四至）', type: 'textarea', required: true },
    ],
  }),
  demoItem({
    name: '土地承包经营权证变更',
    category: '农业农村',
    itemType: '07',
    main: '07003',
    department: 'agriculture',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 15,
    visits: 0,
    conditions:
      '因承包地互换、转让，分户、合户，家庭成员变化，承包地被依法征收等导致承包方、承包地块或承包面积发生变化的，' +
      '由承包方申请变更土地承包经营权证；转让的须经发包方同意，互换的须向发包方备案。',
    legalBasis:
      '《中华人民共和国农村土地承包法》第二十四条、第三十三条至第三十五条；《农村土地承包经营权证管理办法》（农业部令第33号）',
    process:
      '承包方申请 → 发包方（村集体经济组织）审核同意 → 乡镇（街道）初审 → 区农业农村局审核、变更登记簿并换发证书',
    materials: [
      applicationForm('土地承包经营权证变更申请书'),
      landCertificate('必要', '交回原证换发新证'),
      idCard({ name: '承包方代表居民身份证' }),
      hukou(),
      material('transfer-contract', '互换或转让合同', {
        necessity: '非必要',
        copies: 1,
        note: '因互换、转让变更的提供',
      }),
      material('contractor-consent', '发包方（村集体经济组织）同意或备案证明', { source: '其他' }),
    ],
    fields: [
      {
        key: 'changeReason',
        label: '变更原因',
        type: 'select',
        required: true,
        options: ['互换', '转让', '分户', '合户', '家庭成员变化', '承包地被征收', '其他'],
      },
      { key: 'parcelCount', label: '涉及地块数', type: 'number', min: 1, max: 200 },
      { key: 'area', label: '涉及面积（亩）', type: 'number', min: 0, max: 10000 },
    ],
  }),
  demoItem({
    name: '农机购置与应用补贴申请',
    category: '农业农村',
    itemType: '05',
    main: '07004',
    department: 'agriculture',
    serviceObjects: ['自然人', '企业法人', '其他组织'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '从事农业生产的个人和农业生产经营组织（含农民专业合作社），购买并使用纳入本省补贴范围的农业机械，' +
      '实行"自主购机、定额补贴、县级结算、直补到卡（户）"。',
    legalBasis: '《中华人民共和国农业机械化促进法》；《2024—2026年农机购置与应用补贴实施指导意见》',
    process:
      '购机后代为提交申请 → 乡镇（街道）初审 → 区农业农村局核验机具（人机合影、铭牌） → 区财政局兑付补贴',
    materials: [
      applicationForm('农机购置与应用补贴申请表'),
      idCard({ name: '居民身份证（组织提供营业执照）' }),
      material('purchase-invoice', '购机发票', { copies: 1, source: '其他' }),
      material('machine-photo', '人机合影及机具铭牌照片', { form: '电子', source: '申请人自备' }),
      material('machine-license', '农业机械号牌、行驶证', {
        necessity: '非必要',
        copies: 1,
        source: '政府部门核发',
        note: '拖拉机、联合收割机等须登记的机具提供',
      }),
      subsidyCard(),
    ],
    fields: [
      {
        key: 'machineType',
        label: '机具品目',
        type: 'select',
        required: true,
        options: ['拖拉机', '插秧机', '联合收割机', '植保无人机', '谷物烘干机', '微耕机', '其他'],
      },
      { key: 'purchasePrice', label: '购机价格（元）', type: 'number', required: true, min: 0 },
      { key: 'purchaseDate', label: '购机日期', type: 'date', required: true },
    ],
  }),
];
