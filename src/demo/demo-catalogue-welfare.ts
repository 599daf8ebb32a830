/** 民政福利 — 老年人 (高龄津贴, 敬老卡), 儿童 (孤儿, 事实无人抚养儿童), 殡葬. Free of charge (empty `fees`). */
import { demoItem, type ServiceItemInput } from './demo-item';
import { applicationForm, bankAccount, hukou, idCard, material, photo } from './demo-materials';

const ELDERLY_LAW = '《中华人民共和国老年人权益保障法》';

const childFields: ServiceItemInput['fields'] = [
  { key: 'childName', label: '儿童姓名', type: 'text', required: true },
  { key: 'childBirthDate', label: '儿童出生日期', type: 'date', required: true },
];

export const WELFARE_ITEMS: ServiceItemInput[] = [
  demoItem({
    name: '高龄津贴申请',
    category: '民政福利',
    itemType: '05',
    setBy: '36',
    main: '03001',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 15,
    visits: 0,
    conditions:
      '具有本区户籍、年满80周岁的老年人，按年龄段（80—89周岁、90—99周岁、100周岁及以上）分档按月发放高龄津贴；' +
      '自年满80周岁的次月起发放，本人或家属可委托村（社区）代办员申请。',
    legalBasis: `${ELDERLY_LAW}第三十三条；本省高龄老年人津贴制度实施办法`,
    process: '代办点代为申请 → 乡镇（街道）审核 → 区民政局审批 → 按月发放至社会保障卡；每年进行一次生存认证',
    materials: [
      applicationForm('高龄津贴申请审批表'),
      idCard(),
      hukou(),
      bankAccount(),
      photo('近期一寸免冠彩色照片', 1, { necessity: '非必要' }),
    ],
    fields: [
      { key: 'birthDate', label: '出生日期', type: 'date', required: true },
      {
        key: 'ageBand',
        label: '年龄段',
        type: 'select',
        required: true,
        options: ['80—89周岁', '90—99周岁', '100周岁及以上'],
      },
    ],
  }),
  demoItem({
    name: '老年人优待证（敬老卡）办理',
    category: '民政福利',
    itemType: '20',
    main: '03002',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 10,
    promisedDays: 5,
    visits: 0,
    conditions:
      '具有本区户籍或持有本区居住证、年满60周岁的老年人，可申请办理老年人优待证（敬老卡），凭证享受公共交通、公园景区、' +
      '医疗服务等方面的优待。',
    legalBasis: `${ELDERLY_LAW}第五章"社会优待"`,
    process: '代办员采集信息和照片 → 区民政局（老龄工作机构）审核制证 → 证件送回村（社区）代办点发放',
    materials: [
      applicationForm('老年人优待证申请表'),
      idCard(),
      photo('近期一寸免冠白底彩色照片（或现场拍摄电子照片）', 1),
      material('residence-permit', '居住证', {
        necessity: '非必要',
        copies: 1,
        source: '政府部门核发',
        note: '非本区户籍老年人提供',
      }),
    ],
    fields: [
      { key: 'birthDate', label: '出生日期', type: 'date', required: true },
      {
        key: 'applicationType',
        label: '办理类型',
        type: 'select',
        required: true,
        options: ['首次办理', '补办', '换领'],
      },
    ],
  }),
  demoItem({
    name: '孤儿基本生活费申领',
    category: '民政福利',
    itemType: '05',
    main: '03003',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '父母双方死亡或者被人民法院宣告死亡、宣告失踪的不满18周岁的未成年人，由监护人向其户籍所在地乡镇人民政府（街道办事处）提出申请，' +
      '经认定后按月发放孤儿基本生活费。',
    legalBasis:
      '《中华人民共和国未成年人保护法》；《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）；' +
      '《民政部 财政部关于发放孤儿基本生活费的通知》（民发〔2010〕161号）',
    process: '代办点代为申请 → 乡镇（街道）调查核实 → 区民政局审核认定 → 按月发放至监护人账户',
    materials: [
      applicationForm('孤儿基本生活费申请审批表'),
      hukou({ name: '儿童户口簿' }),
      idCard({ name: '监护人居民身份证' }),
      material('parents-death-proof', '父母死亡证明或人民法院宣告死亡、宣告失踪的判决书', {
        copies: 1,
        source: '其他',
      }),
      material('guardianship-proof', '监护关系证明', {
        necessity: '非必要',
        source: '其他',
        note: '监护人不是儿童祖父母、外祖父母、成年兄姐的，提供村（居）委会或法院出具的监护证明',
      }),
      bankAccount({ name: '监护人银行账户信息' }),
    ],
    fields: [
      ...childFields,
      {
        key: 'careMode',
        label: '养育方式',
        type: 'select',
        required: true,
        options: ['社会散居', '福利机构集中养育'],
      },
    ],
  }),
  demoItem({
    name: '事实无人抚养儿童认定',
    category: '民政福利',
    itemType: '07',
    main: '03004',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 30,
    promisedDays: 20,
    visits: 0,
    conditions:
      '父母双方均符合重残、重病、服刑在押、强制隔离戒毒、被执行其他限制人身自由的措施、失联情形之一的儿童；' +
      '或者父母一方死亡或失踪，另一方符合上述情形之一的儿童。认定后参照孤儿标准发放基本生活补贴。',
    legalBasis: '《民政部等12部门关于进一步加强事实无人抚养儿童保障工作的意见》（民发〔2019〕62号）',
    process:
      '代办点代为申请 → 乡镇（街道）15个工作日内查验并公示 → 区民政局15个工作日内认定 → 按月发放基本生活补贴',
    materials: [
      applicationForm('事实无人抚养儿童认定申请表'),
      hukou({ name: '儿童户口簿' }),
      idCard({ name: '监护人居民身份证' }),
      material(
        'parents-situation-proof',
        '父母情况证明材料（残疾人证、重病诊断、服刑或戒毒证明、失联报案回执等）',
        {
          originals: 0,
          copies: 1,
          source: '其他',
        },
      ),
      bankAccount({ name: '监护人银行账户信息', necessity: '容缺' }),
    ],
    fields: [
      ...childFields,
      {
        key: 'parentSituation',
        label: '父母情况',
        type: 'select',
        required: true,
        options: ['父母双方均重残、重病、服刑在押等', '一方死亡或失踪，另一方重残、重病、服刑在押等', '其他'],
      },
    ],
  }),
  demoItem({
    name: '惠民殡葬补贴申领',
    category: '民政福利',
    itemType: '05',
    main: '03005',
    department: 'civilAffairs',
    serviceObjects: ['自然人'],
    caseKind: '承诺件',
    legalDays: 20,
    promisedDays: 10,
    visits: 0,
    conditions:
      '本区户籍居民去世后在殡仪馆火化的，减免遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用；' +
      '实行生态安葬的给予奖补；特困人员、低保对象等困难群众另按规定发放丧葬补助。由亲属在火化后申领。',
    legalBasis:
      '《殡葬管理条例》；《民政部等关于全面推行惠民殡葬政策的指导意见》（民发〔2012〕211号）；' +
      '《民政部等部门关于进一步推动殡葬改革促进殡葬事业发展的指导意见》（民发〔2018〕5号）',
    process: '代办点代为申请 → 乡镇（街道）核实 → 区民政局审核 → 补贴发放至经办亲属账户',
    materials: [
      applicationForm('惠民殡葬补贴申请表'),
      material('death-certificate', '居民死亡医学证明（推断）书', { copies: 1, source: '其他' }),
      material('cremation-certificate', '火化证明', { copies: 1, source: '其他', note: '由殡仪馆出具' }),
      material('deceased-id', '逝者居民身份证或户口簿', { copies: 1, source: '政府部门核发' }),
      idCard({ name: '经办亲属居民身份证' }),
      material('kinship-proof', '经办人与逝者关系证明', {
        necessity: '非必要',
        source: '其他',
        note: '户口簿不能体现亲属关系的提供',
      }),
      bankAccount({ name: '经办亲属银行账户信息' }),
    ],
    fields: [
      { key: 'deceasedName', label: '逝者姓名', type: 'text', required: true },
      { key: 'dateOfDeath', label: '死亡日期', type: 'date', required: true },
      {
        key: 'relation',
        label: '申请人与逝者关系',
        type: 'select',
        required: true,
        options: ['配偶', '子女', '父母', '其他亲属'],
      },
    ],
  }),
];
