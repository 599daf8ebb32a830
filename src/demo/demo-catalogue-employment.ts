/** 就业创业 — 就业失业登记, 就业困难人员认定, 失业保险金. Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import { applicationForm, bankAccount, idCard, material } from './demo-materials';

const EMPLOYMENT_BASIS =
  '《中华人民共和国就业促进法》；《就业服务与就业管理规定》（劳动和社会保障部令第28号）';

export const EMPLOYMENT_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '就业登记',
    category: '就业创业',
    itemType: '20',
    main: '06001',
    sub: '001',
    department: 'townshipLabour',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '法定劳动年龄内、有劳动能力和就业要求的劳动者实现就业（含单位就业、个体经营、灵活就业、公益性岗位）后，' +
      '可由本人在常住地基层公共就业服务平台办理就业登记。',
    legalBasis: EMPLOYMENT_BASIS,
    process: '代办员协助填报 → 乡镇（街道）劳动就业和社会保障服务所即时登记 → 记入就业创业信息系统',
    materials: [
      applicationForm('就业登记表'),
      idCard({ name: '居民身份证或社会保障卡' }),
      material('employment-proof', '劳动合同、营业执照或灵活就业情况说明', {
        necessity: '非必要',
        originals: 0,
        copies: 1,
        source: '其他',
      }),
    ],
    fields: [
      {
        key: 'employmentType',
        label: '就业形式',
        type: 'select',
        required: true,
        options: ['单位就业', '个体经营', '灵活就业', '公益性岗位'],
      },
      { key: 'employer', label: '就业单位或从业地点', type: 'text' },
      { key: 'startDate', label: '就业日期', type: 'date', required: true },
    ],
  }),
  demoItem({
    name: '失业登记',
    category: '就业创业',
    itemType: '20',
    main: '06001',
    sub: '002',
    department: 'townshipLabour',
    serviceObjects: ['自然人'],
    caseKind: '即办件',
    legalDays: 1,
    promisedDays: 0,
    visits: 0,
    conditions:
      '法定劳动年龄内、有劳动能力、有就业要求、处于无业状态的城乡劳动者，可以在常住地（户籍地、居住地或参保地）办理失业登记，' +
      '登记后享受职业介绍、职业指导、职业培训等公共就业服务和相关就业扶持政策。',
    legalBasis: EMPLOYMENT_BASIS,
    process: '代办员协助填报 → 乡镇（街道）劳动就业和社会保障服务所即时登记 → 提供就业服务',
    materials: [
      applicationForm('失业登记表'),
      idCard({ name: '居民身份证或社会保障卡' }),
      material('separation-proof', '解除或终止劳动关系证明', {
        necessity: '非必要',
        copies: 1,
        source: '其他',
        note: '原在用人单位就业的提供',
      }),
    ],
    fields: [
      {
        key: 'reason',
        label: '失业原因',
        type: 'select',
        required: true,
        options: ['解除劳动合同', '终止劳动合同', '个体经营终止', '毕业未就业', '其他'],
      },
      { key: 'lastEmployment', label: '原就业单位', type: 'text' },
      { key: 'wantsTraining', label: '有无培训意愿', type: 'select', options: ['有', '无'] },
    ],
  }),
  demoItem({
    name: '就业困难人员认定',
    category: '就业创业',
    itemType: '07',
    main: '06002',
    department: 'hrss',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 10,
    visits: 0,
    conditions:
      '已办理失业登记，并属于以下情形之一的人员：女性40周岁以上、男性50周岁以上的大龄失业人员；残疾人；低保家庭成员；' +
      '连续失业一年以上；零就业家庭成员；脱贫人口或防止返贫监测对象；其他按规定认定的困难群体。认定后享受就业援助政策。',
    legalBasis: EMPLOYMENT_BASIS,
    process:
      '代办点代为申请 → 乡镇（街道）劳动就业和社会保障服务所初审、公示 → 区公共就业服务中心认定 → 纳入就业援助',
    materials: [
      applicationForm('就业困难人员认定申请表'),
      idCard(),
      material('difficulty-proof', '困难类别证明（残疾人证、低保证明等）', {
        copies: 1,
        source: '政府部门核发',
        note: '年龄、连续失业等可由系统核实的无须提供',
      }),
    ],
    fields: [
      {
        key: 'difficultyCategory',
        label: '困难类别',
        type: 'select',
        required: true,
        options: [
          '大龄失业人员',
          '残疾人',
          '低保家庭成员',
          '连续失业一年以上',
          '零就业家庭成员',
          '脱贫人口或监测对象',
          '其他',
        ],
      },
    ],
  }),
  demoItem({
    name: '失业保险金申领',
    category: '就业创业',
    itemType: '05',
    main: '06003',
    department: 'hrss',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 10,
    promisedDays: 5,
    visits: 0,
    conditions:
      '失业前用人单位和本人已经缴纳失业保险费满一年，非因本人意愿中断就业，已经进行失业登记并有求职要求的失业人员，' +
      '可申领失业保险金；失业保险金自办理失业登记之日起计算。',
    legalBasis: '《中华人民共和国社会保险法》第四十五条至第五十条；《失业保险条例》',
    process: '代办员协助申请 → 区社会保险事业中心审核、核定领取期限和标准 → 按月发放至社会保障卡',
    materials: [
      applicationForm('失业保险金申领登记表'),
      idCard({ name: '居民身份证或社会保障卡' }),
      material('separation-proof', '解除或终止劳动关系证明', {
        necessity: '容缺',
        copies: 1,
        source: '其他',
        note: '可先行承诺，系统核实后补交',
      }),
      bankAccount(),
    ],
    fields: [
      { key: 'separationDate', label: '离职日期', type: 'date', required: true },
      {
        key: 'contributionMonths',
        label: '累计缴纳失业保险费月数',
        type: 'number',
        required: true,
        min: 12,
        max: 600,
      },
    ],
  }),
];
