/** 退役军人服务 — 优待证, 抚恤补助 (村退役军人服务站代办). Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import { applicationForm, bankAccount, hukou, idCard, material, photo } from './demo-materials';

const VETERANS_LAW = '《中华人民共和国退役军人保障法》';

export const VETERANS_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '退役军人优待证申领',
    category: '退役军人服务',
    itemType: '20',
    main: '08001',
    department: 'veterans',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '退役军人（含退役士兵、复员干部、军队离休退休干部等）以及烈士遗属、因公牺牲军人遗属、病故军人遗属等其他优抚对象，' +
      '可向户籍所在地退役军人服务站申领优待证，凭证享受交通、文旅、医疗等优待。',
    legalBasis: `${VETERANS_LAW}；《退役军人、其他优抚对象优待证管理办法（试行）》`,
    process:
      '村（社区）退役军人服务站采集信息 → 乡镇（街道）退役军人服务站审核 → 区退役军人事务局复核、制证 → 送回服务站发放',
    materials: [
      applicationForm('退役军人、其他优抚对象优待证申领表'),
      idCard(),
      photo('近期免冠彩色证件照片（或现场拍摄电子照片）', 1),
      material('discharge-certificate', '退役证件（退伍证、退出现役证明等）或优抚对象身份证明', {
        copies: 1,
        source: '政府部门核发',
      }),
      material('social-security-card', '社会保障卡（金融账户）', {
        necessity: '非必要',
        source: '政府部门核发',
        note: '优待证加载金融功能的，提供本人社会保障卡信息',
      }),
    ],
    fields: [
      {
        key: 'personCategory',
        label: '人员类别',
        type: 'select',
        required: true,
        options: ['退役军人', '烈士遗属', '因公牺牲军人遗属', '病故军人遗属', '其他优抚对象'],
      },
      { key: 'dischargeYear', label: '退役年份', type: 'number', min: 1945, max: 2035 },
    ],
  }),
  demoItem({
    name: '优抚对象定期抚恤补助申请',
    category: '退役军人服务',
    itemType: '05',
    main: '08002',
    department: 'veterans',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '烈士遗属、因公牺牲军人遗属、病故军人遗属、在乡复员军人、带病回乡退伍军人、参战参试退役军人等符合条件的优抚对象，' +
      '经审核认定后按规定享受定期抚恤金或定期生活补助。',
    legalBasis: `${VETERANS_LAW}；《军人抚恤优待条例》`,
    process: '代办点（退役军人服务站）代为申请 → 乡镇（街道）初审、公示 → 区退役军人事务局审批 → 按月发放',
    materials: [
      applicationForm('优抚对象定期抚恤补助申请表'),
      idCard(),
      hukou(),
      material('entitlement-proof', '优抚对象身份证明（烈士证明书、复员证、退伍证、参战参试证明等）', {
        copies: 1,
        source: '政府部门核发',
      }),
      material('medical-records', '医疗诊断证明', {
        necessity: '非必要',
        copies: 1,
        source: '其他',
        note: '带病回乡退伍军人提供',
      }),
      bankAccount(),
    ],
    fields: [
      {
        key: 'entitlementCategory',
        label: '优抚对象类别',
        type: 'select',
        required: true,
        options: [
          '烈士遗属',
          '因公牺牲军人遗属',
          '病故军人遗属',
          '在乡复员军人',
          '带病回乡退伍军人',
          '参战参试退役军人',
        ],
      },
    ],
  }),
];
