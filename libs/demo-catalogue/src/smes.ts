import {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  type Deployment,
  type ScenarioCode,
} from '@toolbox/domain';
import { rngFor } from './prng.js';
import type { SeedLevel, SeedPriority, SeedSme } from './types.js';

/** 1 万元 in fen. */
const WAN = 1_000_000;

type SmeRow = readonly [
  key: string,
  contactName: string,
  companyName: string,
  industry: string,
  region: string,
  employees: number,
  revenueWan: number,
  targetLevel: SeedLevel,
  scenarios: readonly (readonly [ScenarioCode, SeedPriority])[],
  monthlyBudgetCents: number | null,
  deployment: Deployment | null,
  notes: string,
];

/** Demo manufacturers, fictional, at every digital level. */
const SME_ROWS: readonly SmeRow[] = [
  // level 0
  [
    'jinhua-zhenyi',
    '周丽娟',
    '浙江臻衣服饰有限公司',
    'C18',
    '330000',
    45,
    900,
    0,
    [
      ['production_control', 5],
      ['hr', 4],
    ],
    50000,
    'public_cloud',
    '计件工资全靠手工记账，月底核算要三个人忙四天，工人经常对工资有异议。',
  ],
  [
    'hefei-xiangmai',
    '陈志强',
    '合肥香麦食品有限公司',
    'C14',
    '340100',
    28,
    700,
    0,
    [
      ['quality', 5],
      ['warehouse_logistics', 3],
    ],
    30000,
    null,
    '原料和成品批次全靠纸质记录，客户要追溯报告时要翻好几天台账。',
  ],
  [
    'nanning-muyi',
    '黄家明',
    '南宁市木艺家具有限公司',
    'C21',
    '450100',
    18,
    380,
    0,
    [
      ['marketing', 4],
      ['production_control', 3],
    ],
    30000,
    'public_cloud',
    '定制订单靠微信接单，尺寸抄错导致返工，一个月要返工五六单。',
  ],
  [
    'taiyuan-jingu',
    '王建国',
    '太原金固紧固件有限公司',
    'C33',
    '140100',
    35,
    1100,
    0,
    [
      ['warehouse_logistics', 5],
      ['finance', 3],
    ],
    40000,
    null,
    '库存靠手工账，几百种规格的螺栓经常盘不准，急单时找不到货。',
  ],
  [
    'xining-gaoyuan',
    '马晓燕',
    '青海高原农产品加工有限公司',
    'C13',
    '630100',
    22,
    600,
    0,
    [
      ['consulting', 5],
      ['cloud_it', 2],
    ],
    null,
    null,
    '不知道数字化从哪里开始做，想先请专家来厂里做个诊断，看看先做什么最划算。',
  ],
  // level 1
  [
    'ningbo-hengli',
    '李海峰',
    '宁波恒力精密机械有限公司',
    'C34',
    '330000',
    85,
    4200,
    1,
    [
      ['production_control', 5],
      ['planning_scheduling', 4],
      ['equipment', 3],
    ],
    200000,
    'hybrid',
    '订单交期经常延误，车间进度靠电话问；二十多台数控机床的利用率说不清。',
  ],
  [
    'suzhou-yunzhi',
    '沈雅琴',
    '苏州云织纺织科技有限公司',
    'C17',
    '320000',
    120,
    6000,
    1,
    [
      ['equipment', 5],
      ['production_control', 4],
      ['energy', 3],
    ],
    300000,
    'public_cloud',
    '织机台数多，停机原因没人记录；电费每月二十多万，却不知道花在哪。',
  ],
  [
    'zhengzhou-dingsheng',
    '刘红伟',
    '郑州鼎盛耐火材料有限公司',
    'C30',
    '410100',
    60,
    2500,
    1,
    [
      ['safety', 5],
      ['energy', 4],
    ],
    150000,
    null,
    '窑炉能耗高，安全检查全靠纸质表格，每次迎检前都要突击补台账。',
  ],
  [
    'jinan-lutong',
    '孙立军',
    '济南鲁通阀门有限公司',
    'C34',
    '370100',
    75,
    3200,
    1,
    [
      ['after_sales', 4],
      ['marketing', 3],
      ['product_design', 2],
    ],
    100000,
    'public_cloud',
    '客户报修直接打到老板手机，派工全靠记忆，售后费用经常收不齐。',
  ],
  [
    'kunming-dianwei',
    '杨春梅',
    '昆明滇味食品有限公司',
    'C14',
    '530100',
    40,
    1500,
    1,
    [
      ['marketing', 5],
      ['warehouse_logistics', 4],
    ],
    60000,
    'public_cloud',
    '经销商通过微信和电话下单，抄单经常出错；临期品和退货损耗大。',
  ],
  [
    'urumqi-tianshan',
    '艾力·买买提',
    '新疆天山塑业有限公司',
    'C29',
    '650100',
    55,
    1800,
    1,
    [
      ['equipment', 4],
      ['quality', 4],
      ['device_connectivity', 3],
    ],
    80000,
    null,
    '十几台注塑机的开机率说不清，不良品要到月底盘点才发现。',
  ],
  // level 2
  [
    'guangdong-ruiquan',
    '邓伟明',
    '广东锐泉电器有限公司',
    'C38',
    '440000',
    220,
    15000,
    2,
    [
      ['quality', 5],
      ['procurement', 4],
      ['warehouse_logistics', 3],
    ],
    500000,
    'hybrid',
    '客户要求按产品序列号追溯，目前只能追到批次；供应商交期说变就变。',
  ],
  [
    'wuhan-chuqi',
    '胡建华',
    '武汉楚骐汽车零部件有限公司',
    'C36',
    '420100',
    180,
    9000,
    2,
    [
      ['quality', 5],
      ['planning_scheduling', 4],
      ['procurement', 3],
    ],
    400000,
    'hybrid',
    '主机厂要求零件级追溯和 JIT 供货；计划员用 Excel 排产，一插单就全乱。',
  ],
  [
    'changsha-xiangji',
    '谭志刚',
    '长沙湘机液压设备有限公司',
    'C35',
    '430100',
    140,
    7000,
    2,
    [
      ['after_sales', 5],
      ['product_design', 3],
      ['equipment', 3],
    ],
    300000,
    'public_cloud',
    '设备卖出去后就失联，故障全靠客户电话描述，工程师出差一次常常修不好。',
  ],
  [
    'chengdu-ruixin',
    '张敏',
    '成都锐芯电子科技有限公司',
    'C39',
    '510100',
    160,
    8000,
    2,
    [
      ['production_control', 5],
      ['warehouse_logistics', 4],
      ['quality', 3],
    ],
    350000,
    'hybrid',
    '物料上千种，齐套检查靠人工；贴片和测试数据散落在各台设备上，客户审厂时很被动。',
  ],
  [
    'hangzhou-qingyu',
    '吴晓婷',
    '杭州青羽服饰有限公司',
    'C18',
    '330100',
    95,
    3500,
    2,
    [
      ['planning_scheduling', 5],
      ['procurement', 3],
    ],
    150000,
    'public_cloud',
    '款多量少，外发加工进度看不见，经常临近交期才发现来不及。',
  ],
  [
    'shijiazhuang-jifeng',
    '赵永刚',
    '石家庄冀丰化工有限公司',
    'C26',
    '130100',
    110,
    6500,
    2,
    [
      ['safety', 5],
      ['energy', 4],
      ['cybersecurity', 2],
    ],
    250000,
    'private',
    '危化品管理压力大，监管要求上报双重预防数据；蒸汽成本占比越来越高。',
  ],
  // level 3
  [
    'shandong-haiyue',
    '高志远',
    '山东海岳精工机械有限公司',
    'C34',
    '370000',
    320,
    24000,
    3,
    [
      ['decision_support', 5],
      ['planning_scheduling', 4],
    ],
    600000,
    'hybrid',
    '已经上了 ERP 和 MES，但月度经营会要各部门花三天凑报表，数据口径还对不上。',
  ],
  [
    'nanjing-ningyuan',
    '钱文博',
    '南京宁远电气设备有限公司',
    'C38',
    '320100',
    280,
    18000,
    3,
    [
      ['energy', 4],
      ['decision_support', 4],
      ['cybersecurity', 3],
    ],
    500000,
    'hybrid',
    '海外客户要求提供产品碳足迹；信息系统的等保测评明年到期，还没有准备。',
  ],
  [
    'xian-qinchuan',
    '冯建军',
    '西安秦川仪表有限公司',
    'C40',
    '610100',
    210,
    12000,
    3,
    [
      ['process_design', 5],
      ['product_design', 4],
    ],
    400000,
    'private',
    '研发改型快、版本多，图纸和工艺对不上，车间常按旧工艺生产。',
  ],
  [
    'fuzhou-minjiang',
    '林志雄',
    '福州闽江鞋业有限公司',
    'C19',
    '350100',
    380,
    20000,
    3,
    [
      ['planning_scheduling', 5],
      ['hr', 3],
      ['training', 2],
    ],
    450000,
    'public_cloud',
    '尺码配比复杂，排产靠老计划员的经验；三班倒工人多，培训很难集中组织。',
  ],
  [
    'shanghai-pujiang',
    '徐佳',
    '上海浦江精密模塑有限公司',
    'C29',
    '310100',
    260,
    16000,
    3,
    [
      ['quality', 5],
      ['process_design', 4],
      ['equipment', 3],
    ],
    500000,
    'hybrid',
    '调机师傅随意改参数，品质时好时坏；想用已经采集到的数据找出最优工艺窗口。',
  ],
  // level 4
  [
    'tianjin-haihe',
    '郑国栋',
    '天津海河汽车部件股份有限公司',
    'C36',
    '120100',
    850,
    38000,
    4,
    [
      ['procurement', 5],
      ['decision_support', 4],
      ['network', 3],
    ],
    800000,
    'hybrid',
    '主要业务已经全部上线系统，希望和上百家供应商在线协同，打通交付和质量数据。',
  ],
  [
    'jiangsu-runsi',
    '蒋明华',
    '江苏润丝化纤有限公司',
    'C28',
    '320000',
    620,
    35000,
    4,
    [
      ['energy', 5],
      ['decision_support', 4],
      ['device_connectivity', 3],
    ],
    700000,
    'private',
    '全厂设备已联网，想把工艺参数、质量和能耗数据打通，找出最优的生产方案。',
  ],
  [
    'guangzhou-yuehua',
    '梁嘉欣',
    '广州粤华电子科技有限公司',
    'C39',
    '440100',
    900,
    39000,
    4,
    [
      ['quality', 5],
      ['cybersecurity', 4],
      ['decision_support', 3],
    ],
    null,
    'hybrid',
    'AI 视觉质检已在两条线试点成功，想推广到全部十二条产线，同时加强生产网安全。',
  ],
  [
    'beijing-jingcheng',
    '韩冰',
    '北京京澄制药有限公司',
    'C27',
    '110100',
    450,
    28000,
    4,
    [
      ['quality', 5],
      ['cybersecurity', 4],
      ['cloud_it', 3],
    ],
    600000,
    'private',
    'GMP 记录已经电子化，希望与原料供应商和经销商实现数据协同，同时满足数据安全要求。',
  ],
];

/** 9 characters of a fictional organisation code: "MA" and seven characters of the alphabet. */
function organisationCode(key: string): string {
  const rng = rngFor(`${key}/credit-code`);
  let code = 'MA';
  while (code.length < 9) code += rng.pick([...CREDIT_CODE_ALPHABET]);
  return code;
}

/** A valid unified social credit code: 9 (enterprise) 1 (company), region, org code, check. */
export function demoCreditCode(key: string, region: string): string {
  const body = `91${region}${organisationCode(key)}`;
  return body + creditCodeCheckChar(body);
}

/**
 * Industry clusters: several firms of one industry in one province (its capital and the rest of
 * the province), so demand insight shows real groups of at least five firms and the `peers`
 * reason appears. Names, people and numbers are fictional and generated deterministically.
 */
const CLUSTERS: readonly {
  key: string;
  industry: string;
  province: string;
  capital: string;
  place: string;
  trade: readonly string[];
  needs: readonly ScenarioCode[];
  pains: readonly string[];
}[] = [
  {
    key: 'zj-apparel',
    industry: 'C18',
    province: '330000',
    capital: '330100',
    place: '杭州',
    trade: ['服饰', '针织', '制衣', '时装'],
    needs: ['production_control', 'hr', 'quality', 'marketing', 'warehouse_logistics'],
    pains: [
      '订单小批量多款式，排产全靠经验，经常赶工加班。',
      '计件工资手工统计，月底核对费时费力，工人有异议。',
      '面料和成品库存对不上，旺季经常缺货断码。',
    ],
  },
  {
    key: 'zj-machinery',
    industry: 'C34',
    province: '330000',
    capital: '330100',
    place: '杭州',
    trade: ['机械', '泵阀', '传动', '精机'],
    needs: ['equipment', 'production_control', 'quality', 'planning_scheduling', 'after_sales'],
    pains: [
      '设备故障全靠老师傅经验判断，停机一次损失好几万。',
      '车间进度看不见，客户催交期时只能一个个打电话问。',
      '售后服务记录散在微信群里，备件需求预测不准。',
    ],
  },
  {
    key: 'js-electrical',
    industry: 'C38',
    province: '320000',
    capital: '320100',
    place: '南京',
    trade: ['电气', '电机', '电器', '开关'],
    needs: ['quality', 'planning_scheduling', 'procurement', 'energy', 'device_connectivity'],
    pains: [
      '质检数据记在纸上，出了客诉很难追溯到批次和工位。',
      '物料齐套靠人工核对，经常因为缺料停线。',
      '电费每年上涨，不知道哪台设备最耗能。',
    ],
  },
  {
    key: 'gd-electronics',
    industry: 'C39',
    province: '440000',
    capital: '440100',
    place: '广州',
    trade: ['电子', '智能', '光电', '微电'],
    needs: [
      'quality',
      'production_control',
      'warehouse_logistics',
      'cybersecurity',
      'collaboration',
    ],
    pains: [
      '贴片线换线频繁，首件检验慢，良率波动大。',
      '客户要求全程追溯，现在的系统只能追到批次。',
      '和上游供应商的交期、库存信息靠邮件来回确认。',
    ],
  },
  {
    key: 'sd-metal',
    industry: 'C33',
    province: '370000',
    capital: '370100',
    place: '济南',
    trade: ['金属', '五金', '钢构', '锻造'],
    needs: ['safety', 'equipment', 'energy', 'production_control', 'finance'],
    pains: [
      '安全巡检记录靠纸质表格，隐患整改跟踪不到位。',
      '加热炉能耗高，想知道工艺参数怎么调最省。',
      '订单成本核算粗，报价时心里没底。',
    ],
  },
  {
    key: 'ah-food',
    industry: 'C14',
    province: '340000',
    capital: '340100',
    place: '合肥',
    trade: ['食品', '烘焙', '乳业', '调味'],
    needs: ['quality', 'warehouse_logistics', 'safety', 'marketing', 'procurement'],
    pains: [
      '原料批次和成品批次对不上，食品安全追溯压力大。',
      '冷库温度靠人工记录，夜里出问题发现不及时。',
      '经销商的订单和库存不透明，临期品退货多。',
    ],
  },
];

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙'];
const GIVEN = [
  '建国',
  '丽华',
  '志强',
  '海燕',
  '伟',
  '敏',
  '晓东',
  '静',
  '俊杰',
  '雪梅',
  '磊',
  '婷',
];
const BRAND = ['恒', '瑞', '鑫', '华', '宏', '诚', '盛', '达', '康', '泰', '昌', '隆'];
const BRAND2 = ['丰', '源', '通', '信', '新', '兴', '远', '益', '和', '安', '嘉', '成'];

/** Eight firms per cluster, half in the capital, half elsewhere in the province. */
function clusterRows(): SmeRow[] {
  return CLUSTERS.flatMap((c) =>
    Array.from({ length: 8 }, (_, i): SmeRow => {
      const rng = rngFor(`cluster/${c.key}/${i}`);
      const level = ([0, 1, 1, 2, 2, 2, 3, 3] as const)[i] ?? 2;
      const employees = [20, 35, 60, 90, 140, 200, 320, 450][i] ?? 100;
      const revenueWan = Math.round(employees * (30 + rng.int(0, 60)));
      const needCount = 2 + rng.int(0, 2);
      const start = rng.int(0, c.needs.length - 1);
      const codes = Array.from(
        { length: needCount },
        (_, j) => c.needs[(start + j) % c.needs.length],
      );
      const name = `${c.place}${BRAND[rng.int(0, BRAND.length - 1)] ?? '恒'}${BRAND2[rng.int(0, BRAND2.length - 1)] ?? '丰'}${c.trade[i % c.trade.length] ?? ''}有限公司`;
      return [
        `${c.key}-${i + 1}`,
        `${SURNAMES[rng.int(0, SURNAMES.length - 1)] ?? '王'}${GIVEN[rng.int(0, GIVEN.length - 1)] ?? '伟'}`,
        name,
        c.industry,
        i % 2 === 0 ? c.capital : c.province,
        employees,
        revenueWan,
        level,
        codes.map((code, j) => [code, Math.max(1, 5 - j) as SeedPriority] as const),
        i === 7 ? null : 50_000 * (1 + level) + 10_000 * rng.int(0, 5),
        null,
        `${c.pains[i % c.pains.length] ?? ''}希望找到适合我们规模、上手快的方案。`,
      ];
    }),
  );
}

export function buildSmes(): SeedSme[] {
  return [...SME_ROWS, ...clusterRows()].map(
    ([
      key,
      contactName,
      companyName,
      industry,
      region,
      employees,
      revenueWan,
      targetLevel,
      scenarios,
      budget,
      deployment,
      notes,
    ]) => ({
      key,
      email: `${key}@sme.demo.toolbox.local`,
      contactName,
      companyName,
      creditCode: demoCreditCode(key, region),
      industry,
      region,
      employees,
      annualRevenueCents: revenueWan * WAN,
      targetLevel,
      needs: {
        scenarios: scenarios.map(([code, priority]) => ({ code, priority })),
        monthlyBudgetCents: budget,
        deployment,
        notes,
      },
    }),
  );
}
