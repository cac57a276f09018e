import type { Deployment, OfferingKind, OfferingStage } from '@toolbox/domain';
import type { Rng } from './prng.js';
import type { Bi, IndustryFlavour, SeedPlan } from './types.js';

/** Everything the description templates may talk about. */
export interface TextContext {
  brand: Bi;
  /** Product name with the edition, without the brand: "云MES 轻量版（注塑行业版）". */
  product: Bi;
  lead: Bi;
  pitch: Bi;
  firms: Bi;
  flavour: IndustryFlavour | null;
  features: readonly Bi[];
  pains: readonly Bi[];
  results: readonly Bi[];
  sample: Bi;
  stages: readonly OfferingStage[];
  kind: OfferingKind;
  deployment: Deployment;
  deliveryDays: number;
  plans: readonly SeedPlan[];
  regional: boolean;
}

type Template = (c: TextContext, rng: Rng) => Bi;

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** "a, b and c" */
function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// ── Paragraph 1: what it is ────────────────────────────────────────────────────────────

const INTROS: readonly Template[] = [
  (c) => [
    `${c.product[0]}是${c.brand[0]}面向${c.firms[0]}推出的${c.lead[0]}。${c.brand[0]}${c.pitch[0]}。`,
    `${c.product[1]} is ${c.lead[1]} from ${c.brand[1]}, made for ${c.firms[1]}. ${c.brand[1]} ${c.pitch[1]}.`,
  ],
  (c) => [
    `${c.brand[0]}${c.pitch[0]}。${c.product[0]}是其专为${c.firms[0]}打造的${c.lead[0]}。`,
    `${c.brand[1]} ${c.pitch[1]}. ${c.product[1]} is ${c.lead[1]} built for ${c.firms[1]}.`,
  ],
  (c) => [
    `面向${c.firms[0]}，${c.brand[0]}推出${c.product[0]}——${c.lead[0]}。`,
    `For ${c.firms[1]}, ${c.brand[1]} offers ${c.product[1]}: ${c.lead[1]}.`,
  ],
  (c) => [
    `${c.product[0]}：${c.lead[0]}，由${c.brand[0]}提供，主要服务${c.firms[0]}。`,
    `${c.product[1]} is ${c.lead[1]}, provided by ${c.brand[1]} mainly for ${c.firms[1]}.`,
  ],
];

const FEATURE_LEADS: readonly Bi[] = [
  ['核心功能包括：', 'Key functions: '],
  ['上线后即可：', 'Once it is live: '],
  ['它能帮您：', 'What it does: '],
  ['主要能力：', 'Main capabilities: '],
];

const SERVICE_FEATURE_LEADS: readonly Bi[] = [
  ['服务内容包括：', 'What the service covers: '],
  ['交付内容：', 'Scope: '],
  ['顾问将与您一起：', 'Together with your team: '],
];

function featureSentence(c: TextContext, rng: Rng): Bi {
  const [zhLead, enLead] = rng.pick(c.kind === 'service' ? SERVICE_FEATURE_LEADS : FEATURE_LEADS);
  const en = c.features.map((f) => f[1]);
  return [`${zhLead}${c.features.map((f) => f[0]).join('；')}。`, `${enLead}${en.join('; ')}.`];
}

// ── Paragraph 2: for whom ──────────────────────────────────────────────────────────────

const STAGE_TEXT: Readonly<Record<OfferingStage, readonly Bi[]>> = {
  1: [
    [
      '刚开始告别纸质单据和 Excel、数字化水平在一级左右的企业',
      'firms just leaving paper and spreadsheets behind, at about level 1',
    ],
    [
      '信息化基础薄弱、希望先解决一个具体问题的企业',
      'firms with little IT that want to solve one concrete problem first',
    ],
  ],
  2: [
    [
      '已有单点系统、希望把车间或部门数据管起来的二级企业',
      'level-2 firms that already run single systems and now want a workshop or department under digital control',
    ],
    [
      '已经用上财务或进销存软件、准备向生产环节延伸的企业',
      'firms that already use accounting or stock software and are extending into production',
    ],
  ],
  3: [
    [
      '主要业务已上系统、希望打通数据并用数据辅助决策的三级企业',
      'level-3 firms whose main business runs on systems and that want joined-up data for decisions',
    ],
    [
      '数字化基础较好、正在向全链条协同迈进的企业',
      'firms with solid digital foundations moving towards whole-chain collaboration',
    ],
  ],
  4: [
    [
      '追求全链条数据贯通和数据驱动运营的四级企业',
      'level-4 firms pursuing end-to-end data integration and data-driven operations',
    ],
    [
      '作为行业标杆、希望带动上下游协同的企业',
      'benchmark firms that want to pull their suppliers and customers along',
    ],
  ],
};

const WHO_FLAVOUR: readonly Template[] = [
  (c, rng) => {
    const f = c.flavour as IndustryFlavour;
    const ip = rng.pick(f.pains);
    const ap = rng.pick(c.pains);
    const st = rng.pick(STAGE_TEXT[c.stages[0]]);
    return [
      `${f.firms[0]}普遍面临${ip[0]}的难题，不少企业还存在“${ap[0]}”的情况。${c.product[0]}预置了行业模板和常用字段，特别适合${st[0]}。`,
      `${capitalise(f.firms[1])} commonly struggle with ${ip[1]}, and in many of them ${ap[1]}. ${c.product[1]} comes with industry templates and fields and suits ${st[1]} best.`,
    ];
  },
  (c, rng) => {
    const f = c.flavour as IndustryFlavour;
    const [a, b] = rng.sample(f.pains, 2);
    const st = rng.pick(STAGE_TEXT[c.stages[0]]);
    const second = b ?? rng.pick(c.pains);
    return [
      `在${f.firms[0]}中，${a[0]}、${second[0]}是最常听到的抱怨。本产品按行业习惯设计流程，适合${st[0]}。`,
      `Among ${f.firms[1]}, the most common complaints are ${a[1]} and ${second[1]}. The product follows the industry’s way of working and suits ${st[1]}.`,
    ];
  },
];

const LEVEL_ZH = ['零', '一', '二', '三', '四'] as const;

const WHO_GENERIC: readonly Template[] = [
  (c, rng) => {
    const [a, b] = rng.sample(c.pains, 2);
    const st = rng.pick(STAGE_TEXT[c.stages[0]]);
    return [
      `很多企业反映“${a[0]}”“${b[0]}”。${c.product[0]}正是为解决这些问题而设计，适合${st[0]}。`,
      `Many firms tell us that ${a[1]}, or that ${b[1]}. ${c.product[1]} was designed for exactly these problems and suits ${st[1]}.`,
    ];
  },
  (c, rng) => {
    const p = rng.pick(c.pains);
    const st = rng.pick(STAGE_TEXT[c.stages[0]]);
    const top = c.stages[c.stages.length - 1];
    return [
      `如果您的企业“${p[0]}”，可以从${c.product[0]}起步：它适合${st[0]}，功能按需开通，企业成长到${LEVEL_ZH[top]}级也不必更换。`,
      `If in your firm ${p[1]}, ${c.product[1]} is a good place to start: it suits ${st[1]}, modules are switched on as needed, and it still fits at level ${top}.`,
    ];
  },
  (c, rng) => {
    const p = rng.pick(c.pains);
    const st = rng.pick(STAGE_TEXT[c.stages[0]]);
    return [
      `“${p[0]}”——这是${c.brand[0]}在走访${c.firms[0]}时听到最多的一句话。${c.product[0]}面向${st[0]}，先解决这一个问题，再逐步扩展。`,
      `“${capitalise(p[1])}” is what ${c.brand[1]} hears most often when visiting ${c.firms[1]}. ${c.product[1]} is aimed at ${st[1]}: solve this one problem first, then expand step by step.`,
    ];
  },
  (c, rng) => {
    const [a, b] = rng.sample(c.pains, 2);
    const st = rng.pick(STAGE_TEXT[c.stages[0]]);
    return [
      `典型用户的出发点往往很具体：${a[0]}，或者${b[0]}。本产品适合${st[0]}，从易到难、由点到面地推进。`,
      `Typical users start from something concrete: ${a[1]}, or ${b[1]}. The product suits ${st[1]} and moves from easy to hard, one area at a time.`,
    ];
  },
];

// ── Paragraph 3: how it is delivered (小快轻准) ────────────────────────────────────────

const DELIVERY_LABELS: readonly Bi[] = [
  ['交付方式：', 'Delivery: '],
  ['小快轻准：', 'Small, fast, light, precise: '],
  ['', ''],
  ['如何落地：', 'Getting started: '],
];

const SAAS_OPENERS: readonly Template[] = [
  (c) => [
    `开通即用，${c.deliveryDays} 个工作日内完成基础数据导入和上线培训`,
    `It is ready on sign-up, with master data imported and users trained within ${c.deliveryDays} working days.`,
  ],
  (c) => [
    `无需采购服务器，最快 ${c.deliveryDays} 天上线首个车间或部门`,
    `There are no servers to buy, and the first workshop or department can go live in ${c.deliveryDays} days.`,
  ],
  (c) => [
    `提供标准模板和导入工具，${c.deliveryDays} 天内即可投入使用`,
    `Standard templates and import tools get you running within ${c.deliveryDays} days.`,
  ],
];

const SAAS_INSTANT: readonly Template[] = [
  () => ['注册即用，当天就能上线', 'Sign up and start the same day.'],
  () => [
    '扫码开通，五分钟完成基础设置',
    'Activate it by scanning a code and finish the basic set-up in five minutes.',
  ],
];

const SERVICE_OPENERS: readonly Template[] = [
  (c) => [
    `签约后顾问团队进厂，项目周期约 ${c.deliveryDays} 天，分阶段交付成果`,
    `Consultants come on site after signing; the engagement takes about ${c.deliveryDays} days with results delivered in stages.`,
  ],
  (c) => [
    `先线上问卷摸底，再安排现场工作，${c.deliveryDays} 天内交付全部成果`,
    `An online questionnaire comes first, then on-site work, with everything delivered within ${c.deliveryDays} days.`,
  ],
  (c) => [
    `项目按周推进、每周汇报，约 ${c.deliveryDays} 天完成`,
    `The project runs in weekly steps with weekly reports and takes about ${c.deliveryDays} days.`,
  ],
];

const HARDWARE_OPENERS: readonly Template[] = [
  (c) => [
    `设备到货后 ${c.deliveryDays} 天内完成安装调试`,
    `It is installed and commissioned within ${c.deliveryDays} days of delivery.`,
  ],
  (c) => [
    `工程师上门安装，${c.deliveryDays} 天交付使用`,
    `Engineers install it on site and hand it over in ${c.deliveryDays} days.`,
  ],
  (c) => [
    `标准化套装发货，${c.deliveryDays} 天内即可装好用上`,
    `It ships as a standard kit and is in use within ${c.deliveryDays} days.`,
  ],
];

const DEPLOYMENT_TEXT: Readonly<Record<Deployment, readonly Bi[]>> = {
  public_cloud: [
    [
      '采用公有云 SaaS 交付，数据多副本加密存储',
      'It is delivered as public-cloud SaaS with encrypted, replicated storage.',
    ],
    [
      '云端统一升级维护，企业无需专职 IT',
      'Updates and maintenance happen in the cloud, so no IT staff are needed.',
    ],
    [
      '数据存放在境内云数据中心，每天自动备份',
      'Data stays in data centres inside China and is backed up daily.',
    ],
    [
      '不用买服务器，也不用装软件，浏览器打开就能用',
      'There is no server to buy and nothing to install: open a browser and start.',
    ],
  ],
  hybrid: [
    [
      '云端与现场边缘设备混合部署，断网时本地照常运行',
      'It runs on the cloud plus an edge device on site and keeps working offline.',
    ],
    [
      '车间数据先在本地处理，再同步到云端',
      'Shop-floor data is processed locally first and then synced to the cloud.',
    ],
    [
      '核心数据可留在厂内，管理看板放在云端随时查看',
      'Core data can stay in the plant while dashboards live in the cloud.',
    ],
  ],
  private: [
    [
      '可私有化部署在企业自有服务器上，数据不出厂',
      'It can be installed on the firm’s own servers so data never leaves the site.',
    ],
    [
      '支持本地部署和国产操作系统、数据库',
      'It runs on premises and on domestic operating systems and databases.',
    ],
    [
      '部署在厂内机房，与生产网络物理隔离',
      'It sits in the plant’s own server room, physically separated from the production network.',
    ],
  ],
};

const SAAS_USAGE: readonly Bi[] = [
  ['电脑、手机和车间平板都能用', 'It works on PCs, phones and shop-floor tablets.'],
  [
    '界面简洁，一线员工半小时即可上手',
    'The interface is simple enough for operators to learn in half an hour.',
  ],
  ['支持扫码登录，无需安装客户端', 'Users log in by scanning a code, with nothing to install.'],
  [
    '提供开放接口，可与现有软件对接',
    'Open interfaces connect it to the software you already have.',
  ],
  [
    '历史 Excel 数据可一键导入，不用从零录入',
    'Existing spreadsheets import in one click, so nothing is typed in twice.',
  ],
  [
    '字段和流程可按企业习惯调整，不用改代码',
    'Fields and flows adapt to the way you work without code changes.',
  ],
];

const SERVICE_MIDDLE: readonly Bi[] = [
  [
    '项目组由具备制造业背景的顾问和工程师组成',
    'The team combines consultants and engineers with manufacturing backgrounds.',
  ],
  [
    '每项建议都附带投入估算和见效周期',
    'Every recommendation comes with a cost estimate and a time to payback.',
  ],
  [
    '交付物包括现状报告、改进方案和验收清单',
    'Deliverables include a current-state report, an improvement plan and an acceptance checklist.',
  ],
  [
    '全程线上线下结合，不打乱正常生产',
    'Work mixes online and on-site sessions without disturbing production.',
  ],
  [
    '结束时与企业一起确认验收指标',
    'Acceptance criteria are agreed together with the firm at the end.',
  ],
  [
    '方法参照《中小企业数字化转型指南》和评测指标',
    'The method follows the SME Digital Transformation Guide and the official indicators.',
  ],
];

const HARDWARE_MIDDLE: readonly Bi[] = [
  [
    '硬件质保两年，平台数据可随时导出',
    'Hardware carries a two-year warranty and platform data can be exported at any time.',
  ],
  [
    '采集数据先在边缘缓存，再同步到云端',
    'Data is buffered at the edge before it is synced to the cloud.',
  ],
  ['支持租赁或分期付款，降低一次性投入', 'Leasing or instalments reduce the up-front cost.'],
  [
    '安装无需改动设备原有控制程序',
    'Installation does not touch the machines’ own control programs.',
  ],
  [
    '设备通过国家强制性产品认证，工业级宽温设计',
    'The devices are CCC-certified and built for industrial temperature ranges.',
  ],
];

/** ¥1,999 (whole yuan) or ¥19.90. */
export function yuan(cents: number): string {
  const whole = Math.floor(cents / 100);
  const fen = cents % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fen === 0 ? `¥${grouped}` : `¥${grouped}.${String(fen).padStart(2, '0')}`;
}

function billingText(c: TextContext, rng: Rng): Bi {
  const paid = c.plans.filter((p) => p.priceCents > 0);
  const free = paid.length < c.plans.length;
  const trial = Math.max(0, ...c.plans.map((p) => p.trialDays));
  // Hardware is priced by its kit, not by the optional monthly platform fee.
  const priced = c.kind === 'hardware' ? paid.filter((p) => p.billingPeriod === 'once') : paid;
  const cheapest = [...priced].sort((a, b) => a.priceCents - b.priceCents)[0];
  const trialText: Bi =
    trial > 0 ? [`，可免费试用 ${trial} 天`, `, with a ${trial}-day free trial`] : ['', ''];
  let text: Bi;
  if (cheapest === undefined) {
    text = ['全部功能免费使用', 'Everything is free to use'];
  } else if (cheapest.billingPeriod === 'month') {
    const p = yuan(cheapest.priceCents);
    text = free
      ? [
          `免费版可长期使用，付费版 ${p}/月起`,
          `The free plan never expires and paid plans start at ${p} a month`,
        ]
      : rng.pick<Bi>([
          [`${cheapest.name}每月 ${p}`, `The ${cheapest.nameEn} plan costs ${p} a month`],
          [
            `套餐 ${p}/月起，可随时升级`,
            `Plans start at ${p} a month and can be upgraded at any time`,
          ],
        ]);
  } else if (cheapest.billingPeriod === 'year') {
    const p = yuan(cheapest.priceCents);
    text = [`按年订阅，${p}/年起`, `It is a yearly subscription from ${p} a year`];
  } else {
    const p = yuan(cheapest.priceCents);
    text =
      c.kind === 'hardware'
        ? [`硬件套装 ${p} 起，一次性购买`, `Hardware kits start at ${p}, bought once`]
        : [
            `项目费用 ${p} 起，一次性收费、无隐藏费用`,
            `Project fees start at ${p}, paid once with no hidden costs`,
          ];
  }
  return [`${text[0]}${trialText[0]}`, `${text[1]}${trialText[1]}`];
}

const SUPPORT: readonly Template[] = [
  () => [
    '实施顾问全程陪跑，每月一次线上复盘',
    'An implementation consultant stays with you, with a monthly online review.',
  ],
  () => ['提供 7×12 小时在线客服和视频教程', 'Online support runs 7×12 with video tutorials.'],
  () => [
    '产品持续免费升级，新功能自动上线',
    'Updates are free and new features arrive automatically.',
  ],
  (c, rng) => {
    const h = rng.pick([1, 2, 4]);
    return [
      `${c.brand[0]}承诺工作日 ${h} 小时内响应`,
      `${c.brand[1]} promises a response within ${h} hours on working days.`,
    ];
  },
  (c, rng) => {
    const n = rng.pick([2, 3, 4]);
    return [`首年含 ${n} 次上门回访`, `The first year includes ${n} on-site follow-up visits.`];
  },
  () => [
    '上线首月提供专人驻群答疑',
    'A named specialist answers questions in your group chat for the first month.',
  ],
  (c) =>
    c.regional
      ? [
          `${c.brand[0]}在当地设有服务团队，可上门培训`,
          `${c.brand[1]} has a local team for on-site training.`,
        ]
      : [
          `${c.brand[0]}提供远程培训和专属客户成功经理`,
          `${c.brand[1]} offers remote training and a dedicated customer-success manager.`,
        ],
];

const SERVICE_SUPPORT: readonly Template[] = [
  () => [
    '项目结束后三个月内免费答疑',
    'Questions are answered free for three months after the project.',
  ],
  () => [
    '顾问每月电话回访，跟踪改进落地',
    'A consultant calls monthly to follow up on the improvements.',
  ],
  () => [
    '可协助对接适配的产品和补贴政策',
    'Help is available to find fitting products and subsidies.',
  ],
  () => [
    '可安排参观同行业标杆企业，看样学样',
    'Visits to benchmark firms in the same industry can be arranged, so you learn by looking.',
  ],
  (c) =>
    c.regional
      ? [
          `${c.brand[0]}顾问常驻本地，随叫随到`,
          `${c.brand[1]} consultants are based locally and come when called.`,
        ]
      : [
          `${c.brand[0]}在全国多个城市设有顾问团队`,
          `${c.brand[1]} has consultant teams in many cities.`,
        ],
];

/** Lower-cases a sentence's first letter so it can follow a semicolon (brand names stay). */
function joinable(sentence: string, brand: string): string {
  return sentence.startsWith(brand) ? sentence : sentence[0].toLowerCase() + sentence.slice(1);
}

function deliveryParagraph(c: TextContext, rng: Rng): Bi {
  const label = rng.pick(DELIVERY_LABELS);
  let opener: Bi;
  let middle: Bi;
  if (c.kind === 'saas') {
    opener = rng.pick(c.deliveryDays <= 1 ? SAAS_INSTANT : SAAS_OPENERS)(c, rng);
    middle = rng.chance(0.5) ? rng.pick(DEPLOYMENT_TEXT[c.deployment]) : rng.pick(SAAS_USAGE);
  } else if (c.kind === 'service') {
    opener = rng.pick(SERVICE_OPENERS)(c, rng);
    middle = rng.pick(SERVICE_MIDDLE);
  } else {
    opener = rng.pick(HARDWARE_OPENERS)(c, rng);
    middle = rng.chance(0.5) ? rng.pick(DEPLOYMENT_TEXT[c.deployment]) : rng.pick(HARDWARE_MIDDLE);
  }
  const billing = billingText(c, rng);
  const support = rng.pick(c.kind === 'service' ? SERVICE_SUPPORT : SUPPORT)(c, rng);
  return [
    `${label[0]}${opener[0]}；${middle[0]}。${billing[0]}，${support[0]}。`,
    `${label[1]}${opener[1]} ${middle[1]} ${billing[1]}; ${joinable(support[1], c.brand[1])}`,
  ];
}

// ── Paragraph 4: typical results ───────────────────────────────────────────────────────

const RESULT_OPENERS: readonly Template[] = [
  (c, rng) => {
    const staff = rng.pick([30, 45, 60, 80, 120, 150, 200, 260, 350]);
    const months = rng.int(2, 6);
    const after =
      c.kind === 'service' ? ['项目结束', 'after the project'] : ['上线', 'after go-live'];
    return [
      `以一家约 ${staff} 人的${c.sample[0]}为例，${after[0]} ${months} 个月后：`,
      `Take a ${c.sample[1]} with about ${staff} staff: ${months} months ${after[1]}, `,
    ];
  },
  (c, rng) => {
    const n = rng.pick([36, 58, 80, 120, 150, 210, 300]);
    return [
      `据${c.brand[0]}对 ${n} 家客户的回访统计，`,
      `Across ${n} customers surveyed by ${c.brand[1]}, `,
    ];
  },
  () => ['典型效果：', 'Typical results: '],
  () => ['在已交付的项目中，', 'In delivered projects, '],
];

const SUBSIDY_NOTES: readonly Bi[] = [
  [
    '符合条件的企业可申请当地数字化转型专项资金或上云券补贴。',
    'Eligible firms can apply for local transformation funds or cloud vouchers.',
  ],
  [
    '不少地区已将此类产品纳入中小企业数字化转型补贴范围。',
    'Many regions include products like this in their SME transformation subsidies.',
  ],
  [
    '建议先在一个车间或部门试点，见效后再推广到全厂。',
    'We suggest piloting in one workshop or department first and rolling out once it pays off.',
  ],
  [
    '客户案例可在平台案例库中查看，欢迎预约参观。',
    'Customer cases are in the platform’s case library, and site visits can be arranged.',
  ],
  [
    '三个月后可在平台免费复评一次，检验转型成效。',
    'A free re-assessment on the platform after three months shows what changed.',
  ],
];

function resultsParagraph(c: TextContext, rng: Rng): Bi {
  const [zh, en] = rng.pick(RESULT_OPENERS)(c, rng);
  const zhBody = c.results.map((r) => r[0]).join('，');
  const enBody = listEn(c.results.map((r) => r[1]));
  const startsSentence = en.endsWith(': ') || en === '';
  const enText = `${en}${startsSentence ? capitalise(enBody) : enBody}.`;
  const note = rng.chance(0.3) ? rng.pick(SUBSIDY_NOTES) : null;
  return [`${zh}${zhBody}。${note?.[0] ?? ''}`, note === null ? enText : `${enText} ${note[1]}`];
}

/** The four-paragraph description in both languages. */
export function describe(c: TextContext, rng: Rng): Bi {
  const intro = rng.pick(INTROS)(c, rng);
  const features = featureSentence(c, rng);
  const who = rng.pick(c.flavour === null ? WHO_GENERIC : WHO_FLAVOUR)(c, rng);
  const delivery = deliveryParagraph(c, rng);
  const results = resultsParagraph(c, rng);
  return [
    [`${intro[0]}${features[0]}`, who[0], delivery[0], results[0]].join('\n\n'),
    [`${intro[1]} ${features[1]}`, who[1], delivery[1], results[1]].join('\n\n'),
  ];
}

/** A one- or two-sentence summary of at most `max` characters in each language. */
export function summarise(c: TextContext, rng: Rng, max: number): Bi {
  const feature = c.features[0];
  const hint: Bi =
    c.kind === 'service'
      ? [`${c.deliveryDays} 天交付`, `delivered in ${c.deliveryDays} days`]
      : c.kind === 'hardware'
        ? [`${c.deliveryDays} 天安装到位`, `installed in ${c.deliveryDays} days`]
        : c.deliveryDays <= 1
          ? ['当天开通', 'live the same day']
          : [`${c.deliveryDays} 天上线`, `live in ${c.deliveryDays} days`];
  const forWho: Bi =
    c.flavour === null
      ? ['', '']
      : [`，专为${c.flavour.firms[0]}优化`, ` tuned for ${c.flavour.firms[1]}`];
  const variants: Bi[] = rng.chance(0.5)
    ? [
        [
          `${c.lead[0]}${forWho[0]}。${feature[0]}，${hint[0]}。`,
          `${capitalise(c.lead[1])}${forWho[1]}. ${capitalise(feature[1])}; ${hint[1]}.`,
        ],
        [
          `${c.lead[0]}${forWho[0]}，${hint[0]}。`,
          `${capitalise(c.lead[1])}${forWho[1]}, ${hint[1]}.`,
        ],
        [`${c.lead[0]}。`, `${capitalise(c.lead[1])}.`],
      ]
    : [
        [
          `${feature[0]}；${c.lead[0]}${forWho[0]}，${hint[0]}。`,
          `${capitalise(feature[1])}: ${c.lead[1]}${forWho[1]}, ${hint[1]}.`,
        ],
        [
          `${c.lead[0]}${forWho[0]}，${hint[0]}。`,
          `${capitalise(c.lead[1])}${forWho[1]}, ${hint[1]}.`,
        ],
        [`${c.lead[0]}。`, `${capitalise(c.lead[1])}.`],
      ];
  const zh = variants.find((v) => v[0].length <= max)?.[0] ?? c.lead[0].slice(0, max);
  const en = variants.find((v) => v[1].length <= max)?.[1] ?? c.lead[1].slice(0, max);
  return [zh, en];
}
