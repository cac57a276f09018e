import {
  ASSESSMENT_CONSTRAINT_SCENARIO_CODES,
  type AssessedScenarioCode,
} from './scenario-codes.js';
import {
  type AssessedScenario,
  type Dimension,
  type LevelRule,
  type Questionnaire,
  type RatingIndicator,
  type RatingOption,
  type ScoredIndicator,
  type ScoredOption,
} from './types.js';

/**
 * The 2024.1 questionnaire, modelled on 《中小企业数字化水平评测指标（2024年版）》
 * (工信厅企业〔2024〕56号): 15 scored indicators (100 points) and 16 operations scenarios rated
 * 0–4. Points and option sets follow the official indicators; the wording of labels, explanations
 * and scenario descriptors is ours. Option codes are stable API codes: change them only in a new
 * version.
 */

// ---------------------------------------------------------------------------------------------
// 数字化基础 foundations (50)
// ---------------------------------------------------------------------------------------------

const shareBands = (
  subjectZh: string,
  subjectEn: string,
  pointsPerBand: readonly [number, number, number, number, number],
): ScoredOption[] => [
  {
    code: 'pct_0_10',
    labelZh: '10%以下',
    labelEn: 'Under 10%',
    points: pointsPerBand[0],
    explanationZh: `${subjectZh}不足生产设备总数的10%。`,
    explanationEn: `Less than 10% of production equipment is ${subjectEn}.`,
  },
  {
    code: 'pct_10_20',
    labelZh: '10%–20%',
    labelEn: '10–20%',
    points: pointsPerBand[1],
    explanationZh: `${subjectZh}占生产设备总数的10%（含）至20%。`,
    explanationEn: `From 10% (inclusive) to 20% of production equipment is ${subjectEn}.`,
  },
  {
    code: 'pct_20_40',
    labelZh: '20%–40%',
    labelEn: '20–40%',
    points: pointsPerBand[2],
    explanationZh: `${subjectZh}占生产设备总数的20%（含）至40%。`,
    explanationEn: `From 20% (inclusive) to 40% of production equipment is ${subjectEn}.`,
  },
  {
    code: 'pct_40_60',
    labelZh: '40%–60%',
    labelEn: '40–60%',
    points: pointsPerBand[3],
    explanationZh: `${subjectZh}占生产设备总数的40%（含）至60%。`,
    explanationEn: `From 40% (inclusive) to 60% of production equipment is ${subjectEn}.`,
  },
  {
    code: 'pct_60_100',
    labelZh: '60%及以上',
    labelEn: '60% or more',
    points: pointsPerBand[4],
    explanationZh: `${subjectZh}达到生产设备总数的60%及以上。`,
    explanationEn: `60% or more of production equipment is ${subjectEn}.`,
  },
];

const fNetwork: ScoredIndicator = {
  kind: 'scored',
  code: 'f_network',
  nameZh: '网络建设',
  nameEn: 'Network',
  helpZh: '企业已建成哪些网络？可多选，都没有则不选。',
  helpEn: 'Which networks does the firm have? Choose all that apply, or none.',
  multiple: true,
  maxScore: 8,
  options: [
    {
      code: 'shop_floor_network',
      labelZh: '车间工业网络',
      labelEn: 'Shop-floor industrial network',
      points: 2,
      explanationZh: '生产车间部署了工业以太网、现场总线或工业无线网络，连接生产设备。',
      explanationEn:
        'The shop floor has industrial Ethernet, a fieldbus or industrial wireless linking production equipment.',
    },
    {
      code: 'system_network',
      labelZh: '应用系统网络',
      labelEn: 'Application-system network',
      points: 2,
      explanationZh: '网络支撑设备、人员与业务系统之间的大范围互联互通。',
      explanationEn:
        'The network connects devices, people and business systems with each other at scale.',
    },
    {
      code: 'industrial_5g',
      labelZh: '5G工业网络',
      labelEn: '5G industrial network',
      points: 2,
      explanationZh: '建有5G专网或5G虚拟专网，用于生产现场的设备连接和数据传输。',
      explanationEn:
        'A private or virtual private 5G network carries device connections and data on site.',
    },
    {
      code: 'full_coverage',
      labelZh: '网络覆盖全车间且可扩展',
      labelEn: 'Whole-floor coverage, extensible',
      points: 2,
      explanationZh: '网络覆盖整个生产车间，新增设备和产线可方便接入。',
      explanationEn:
        'The network covers the whole shop floor and new equipment or lines can join it easily.',
    },
  ],
};

const fDeviceDigitisation: ScoredIndicator = {
  kind: 'scored',
  code: 'f_device_digitisation',
  nameZh: '设备数字化',
  nameEn: 'Device digitisation',
  helpZh: '数字化生产设备（数控机床、带PLC或传感器的设备等）占生产设备总数的比例是多少？',
  helpEn:
    'What share of production equipment is digital (CNC machines, equipment with PLCs or sensors, etc.)?',
  multiple: false,
  maxScore: 6,
  options: shareBands('数字化设备', 'digital', [0, 1.5, 3, 4.5, 6]),
};

const fDeviceNetworking: ScoredIndicator = {
  kind: 'scored',
  code: 'f_device_networking',
  nameZh: '设备联网',
  nameEn: 'Device networking',
  helpZh: '接入网络、可上传数据的生产设备占生产设备总数的比例是多少？',
  helpEn: 'What share of production equipment is connected to a network and can send data?',
  multiple: false,
  maxScore: 6,
  options: shareBands('联网设备', 'networked', [0, 1.5, 3, 4.5, 6]),
};

const collectionStep = (
  code: string,
  labelZh: string,
  labelEn: string,
  dataZh: string,
  dataEn: string,
  points: number,
): ScoredOption => ({
  code,
  labelZh,
  labelEn,
  points,
  explanationZh: `${dataZh}由系统或设备自动采集，而非手工录入。`,
  explanationEn: `${dataEn} are captured automatically by systems or devices, not typed in by hand.`,
});

const fDataCollection: ScoredIndicator = {
  kind: 'scored',
  code: 'f_data_collection',
  nameZh: '数据采集',
  nameEn: 'Data collection',
  helpZh: '哪些业务环节实现了数据自动采集？可多选，都没有则不选。',
  helpEn:
    'In which business steps is data collected automatically? Choose all that apply, or none.',
  multiple: true,
  maxScore: 10,
  options: [
    collectionStep(
      'product_design',
      '产品设计',
      'Product design',
      '设计图纸、BOM和设计变更数据',
      'Drawings, BOMs and design changes',
      0.7,
    ),
    collectionStep(
      'process_design',
      '工艺设计',
      'Process design',
      '工艺路线、工艺参数和工时数据',
      'Routings, process parameters and standard times',
      0.7,
    ),
    collectionStep(
      'marketing',
      '营销管理',
      'Marketing',
      '客户、商机、订单和渠道销售数据',
      'Customer, opportunity, order and channel sales data',
      0.7,
    ),
    collectionStep(
      'after_sales',
      '售后服务',
      'After-sales service',
      '报修、退换货和客户反馈数据',
      'Repair requests, returns and customer feedback',
      0.7,
    ),
    collectionStep(
      'planning_scheduling',
      '计划排程',
      'Planning and scheduling',
      '订单、产能和排产计划数据',
      'Orders, capacity and schedules',
      0.7,
    ),
    collectionStep(
      'production_control',
      '生产管控',
      'Production control',
      '工单报工、产量和工艺参数',
      'Job reports, output and process parameters',
      0.7,
    ),
    collectionStep(
      'quality',
      '质量管理',
      'Quality',
      '检验检测结果和质量追溯数据',
      'Inspection results and traceability data',
      0.7,
    ),
    collectionStep(
      'equipment',
      '设备管理',
      'Equipment',
      '设备运行状态、故障和维保数据',
      'Equipment status, failures and maintenance data',
      0.7,
    ),
    collectionStep(
      'safety',
      '安全生产',
      'Safety',
      '危险源监测、隐患和安全巡检数据',
      'Hazard monitoring, risks and safety patrol data',
      0.7,
    ),
    collectionStep(
      'energy',
      '能耗管理',
      'Energy',
      '水、电、气等能耗计量数据',
      'Water, power, gas and other energy meter readings',
      0.7,
    ),
    collectionStep(
      'procurement',
      '采购管理',
      'Procurement',
      '请购、采购订单和到货数据',
      'Requisitions, purchase orders and receipts',
      0.7,
    ),
    collectionStep(
      'warehouse_logistics',
      '仓储物流',
      'Warehousing and logistics',
      '出入库、库存和物流运输数据',
      'Stock movements, inventory and transport data',
      0.7,
    ),
    collectionStep(
      'finance',
      '财务管理',
      'Finance',
      '收付款、费用和成本数据',
      'Payments, expenses and cost data',
      0.7,
    ),
    collectionStep(
      'hr',
      '人力资源',
      'Human resources',
      '考勤、计件和薪酬数据',
      'Attendance, piece-work and payroll data',
      0.9,
    ),
  ],
};

const fInformationSystems: ScoredIndicator = {
  kind: 'scored',
  code: 'f_information_systems',
  nameZh: '信息系统',
  nameEn: 'Information systems',
  helpZh: '有多少业务环节在本地或云端信息系统上运行？',
  helpEn: 'How many business steps run on local or cloud information systems?',
  multiple: false,
  maxScore: 10,
  options: [
    {
      code: 'none',
      labelZh: '尚未使用',
      labelEn: 'None',
      points: 0,
      explanationZh: '业务仍以纸质单据、表格或口头方式开展，没有使用业务系统。',
      explanationEn:
        'Business runs on paper, spreadsheets or word of mouth: no business system yet.',
    },
    {
      code: 'one_step',
      labelZh: '一个业务环节',
      labelEn: 'One business step',
      points: 2.5,
      explanationZh: '有一个业务环节（如财务或进销存）使用了信息系统。',
      explanationEn: 'One business step (finance or inventory, say) runs on an information system.',
    },
    {
      code: 'two_or_more_steps',
      labelZh: '两个及以上业务环节',
      labelEn: 'Two or more steps',
      points: 5,
      explanationZh: '两个及以上业务环节使用了信息系统，但未覆盖大部分业务。',
      explanationEn: 'Two or more business steps run on systems, but not most of the business.',
    },
    {
      code: 'over_80_percent',
      labelZh: '80%以上业务环节',
      labelEn: 'More than 80% of steps',
      points: 7.5,
      explanationZh: '超过80%的业务环节在信息系统上运行。',
      explanationEn: 'More than 80% of business steps run on information systems.',
    },
    {
      code: 'all_steps',
      labelZh: '全部业务环节',
      labelEn: 'All steps',
      points: 10,
      explanationZh: '所有业务环节都在本地或云端信息系统上运行。',
      explanationEn: 'Every business step runs on local or cloud information systems.',
    },
  ],
};

const fNetworkSecurity: ScoredIndicator = {
  kind: 'scored',
  code: 'f_network_security',
  nameZh: '网络安全',
  nameEn: 'Network security',
  helpZh: '已采取哪些网络安全措施？可多选，都没有则不选。',
  helpEn: 'Which network security measures are in place? Choose all that apply, or none.',
  multiple: true,
  maxScore: 5,
  options: [
    {
      code: 'rules',
      labelZh: '网络安全管理制度',
      labelEn: 'Network security rules',
      points: 1.25,
      explanationZh: '制定并执行网络安全管理制度，明确责任人。',
      explanationEn: 'Written network security rules are followed and someone is responsible.',
    },
    {
      code: 'security_products',
      labelZh: '安全产品和服务',
      labelEn: 'Security products and services',
      points: 1.25,
      explanationZh: '部署防火墙、入侵检测等网络安全产品或购买安全服务。',
      explanationEn: 'Firewalls, intrusion detection or similar products or services are in use.',
    },
    {
      code: 'risk_assessment',
      labelZh: '网络安全风险评估',
      labelEn: 'Risk assessment',
      points: 1.25,
      explanationZh: '定期开展网络安全风险评估或等级保护测评。',
      explanationEn: 'Network security risks are assessed regularly (e.g. MLPS grading).',
    },
    {
      code: 'boundary_monitoring',
      labelZh: '边界防护与安全监测',
      labelEn: 'Boundary control and monitoring',
      points: 1.25,
      explanationZh: '对网络边界进行访问控制，并持续监测网络安全事件。',
      explanationEn: 'Network boundaries are access-controlled and security events are monitored.',
    },
  ],
};

const fDataSecurity: ScoredIndicator = {
  kind: 'scored',
  code: 'f_data_security',
  nameZh: '数据安全',
  nameEn: 'Data security',
  helpZh: '已采取哪些数据安全措施？可多选，都没有则不选。',
  helpEn: 'Which data security measures are in place? Choose all that apply, or none.',
  multiple: true,
  maxScore: 5,
  options: [
    {
      code: 'rules',
      labelZh: '数据安全管理制度',
      labelEn: 'Data security rules',
      points: 1.25,
      explanationZh: '制定并执行数据安全管理制度，明确数据访问权限。',
      explanationEn: 'Written data security rules are followed and data access rights are defined.',
    },
    {
      code: 'security_products',
      labelZh: '数据安全产品和服务',
      labelEn: 'Data security products and services',
      points: 1.25,
      explanationZh: '使用数据加密、备份、脱敏或分类分级等产品和服务。',
      explanationEn:
        'Encryption, backup, masking or classification products or services are in use.',
    },
    {
      code: 'risk_assessment',
      labelZh: '数据安全风险评估',
      labelEn: 'Risk assessment',
      points: 1.25,
      explanationZh: '定期开展数据安全风险评估。',
      explanationEn: 'Data security risks are assessed regularly.',
    },
    {
      code: 'data_inventory',
      labelZh: '数据资产梳理与定期检查',
      labelEn: 'Data inventory and regular checks',
      points: 1.25,
      explanationZh: '梳理掌握企业数据资产，并定期检查数据安全状况。',
      explanationEn:
        "The firm's data assets are inventoried and their security is checked regularly.",
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 数字化管理 management (30)
// ---------------------------------------------------------------------------------------------

const mPlanExecution: ScoredIndicator = {
  kind: 'scored',
  code: 'm_plan_execution',
  nameZh: '规划实施',
  nameEn: 'Plan and execution',
  helpZh: '企业的数字化转型规划与实施走到了哪一步？',
  helpEn: 'How far has the firm got with planning and carrying out its digital transformation?',
  multiple: false,
  maxScore: 7.5,
  options: [
    {
      code: 'learning',
      labelZh: '主动学习了解',
      labelEn: 'Actively learning',
      points: 1.5,
      explanationZh: '管理层主动学习了解数字化转型的政策、方法和案例。',
      explanationEn: 'Management actively learns about transformation policies, methods and cases.',
    },
    {
      code: 'plan_made',
      labelZh: '已制定规划',
      labelEn: 'A plan exists',
      points: 3,
      explanationZh: '已制定数字化转型规划或实施方案，明确目标和路径。',
      explanationEn: 'A transformation plan sets out goals and the path to them.',
    },
    {
      code: 'changes_done',
      labelZh: '已完成单点或多点改造',
      labelEn: 'Single- or multi-point changes done',
      points: 4.5,
      explanationZh: '已在一个或多个业务环节完成数字化改造。',
      explanationEn: 'One or more business steps have been digitised.',
    },
    {
      code: 'results_achieved',
      labelZh: '改造已取得成效',
      labelEn: 'Results achieved',
      points: 6,
      explanationZh: '数字化改造已带来可衡量的降本、提质或增效成果。',
      explanationEn: 'The changes have brought measurable savings, quality or efficiency gains.',
    },
    {
      code: 'benchmarking',
      labelZh: '定期对标标杆企业',
      labelEn: 'Regular peer benchmarking',
      points: 7.5,
      explanationZh: '定期对标学习行业标杆企业，持续迭代转型方案。',
      explanationEn:
        'The firm regularly benchmarks itself against leading peers and keeps improving.',
    },
  ],
};

const mMechanisms: ScoredIndicator = {
  kind: 'scored',
  code: 'm_mechanisms',
  nameZh: '管理机制',
  nameEn: 'Management mechanisms',
  helpZh: '已建立哪些数字化管理机制？可多选，都没有则不选。',
  helpEn: 'Which digital management mechanisms are in place? Choose all that apply, or none.',
  multiple: true,
  maxScore: 7.5,
  options: [
    {
      code: 'transformation_workflow',
      labelZh: '数字化转型工作流程',
      labelEn: 'Transformation workflow',
      points: 1.875,
      explanationZh: '明确数字化转型的组织分工、推进流程和考核方式。',
      explanationEn: 'Roles, steps and reviews for the transformation work are defined.',
    },
    {
      code: 'it_rules',
      labelZh: '信息化建设与运维制度',
      labelEn: 'IT build and operation rules',
      points: 1.875,
      explanationZh: '建立信息系统选型、建设和运行维护的管理制度。',
      explanationEn: 'Rules govern how information systems are chosen, built and operated.',
    },
    {
      code: 'data_rules',
      labelZh: '数据管理制度',
      labelEn: 'Data management rules',
      points: 1.875,
      explanationZh: '建立数据标准、数据质量和数据使用的管理制度。',
      explanationEn: 'Rules cover data standards, data quality and how data may be used.',
    },
    {
      code: 'innovation_incentives',
      labelZh: '创新激励机制',
      labelEn: 'Innovation incentives',
      points: 1.875,
      explanationZh: '对数字化创新和改进建议给予奖励。',
      explanationEn: 'Digital innovation and improvement ideas are rewarded.',
    },
  ],
};

const mTalent: ScoredIndicator = {
  kind: 'scored',
  code: 'm_talent',
  nameZh: '人才建设',
  nameEn: 'Talent',
  helpZh: '在数字化人才方面做了哪些工作？可多选，都没有则不选。',
  helpEn: 'What has the firm done for digital talent? Choose all that apply, or none.',
  multiple: true,
  maxScore: 7.5,
  options: [
    {
      code: 'digital_staff',
      labelZh: '配备数字化人员',
      labelEn: 'Digital staff',
      points: 1.5,
      explanationZh: '有专职或兼职人员负责数字化工作。',
      explanationEn: 'Full-time or part-time staff look after digital work.',
    },
    {
      code: 'dedicated_post',
      labelZh: '设立专门岗位或部门',
      labelEn: 'Dedicated post or department',
      points: 1.5,
      explanationZh: '设立了数字化专门岗位或部门。',
      explanationEn: 'There is a dedicated digital post or department.',
    },
    {
      code: 'regular_training',
      labelZh: '定期培训',
      labelEn: 'Regular training',
      points: 1.5,
      explanationZh: '定期组织员工参加数字化技能培训。',
      explanationEn: 'Staff take part in digital skills training regularly.',
    },
    {
      code: 'performance_pay',
      labelZh: '绩效激励',
      labelEn: 'Performance pay',
      points: 1.5,
      explanationZh: '将数字化工作成效纳入绩效考核和薪酬激励。',
      explanationEn: 'Digital results count in performance reviews and pay.',
    },
    {
      code: 'staged_development',
      labelZh: '分阶段培养发展',
      labelEn: 'Staged development',
      points: 1.5,
      explanationZh: '为数字化人才设计了分阶段的培养计划和职业发展通道。',
      explanationEn: 'Digital talent follows a staged development plan and career path.',
    },
  ],
};

const mFunding: ScoredIndicator = {
  kind: 'scored',
  code: 'm_funding',
  nameZh: '资金保障',
  nameEn: 'Funding',
  helpZh: '近三年数字化投入平均占营业收入的比例是多少？',
  helpEn: 'Over the last three years, what share of revenue went into digital, on average?',
  multiple: false,
  maxScore: 7.5,
  options: [
    {
      code: 'none',
      labelZh: '没有投入',
      labelEn: 'No investment',
      points: 0,
      explanationZh: '近三年没有专门的数字化投入。',
      explanationEn: 'No money was set aside for digital work in the last three years.',
    },
    {
      code: 'under_1',
      labelZh: '1%以下',
      labelEn: 'Under 1%',
      points: 1.875,
      explanationZh: '数字化投入不足营业收入的1%。',
      explanationEn: 'Digital spending was below 1% of revenue.',
    },
    {
      code: 'pct_1_3',
      labelZh: '1%–3%',
      labelEn: '1–3%',
      points: 3.75,
      explanationZh: '数字化投入占营业收入的1%（含）至3%。',
      explanationEn: 'Digital spending was from 1% (inclusive) to 3% of revenue.',
    },
    {
      code: 'pct_3_5',
      labelZh: '3%–5%',
      labelEn: '3–5%',
      points: 5.625,
      explanationZh: '数字化投入占营业收入的3%（含）至5%。',
      explanationEn: 'Digital spending was from 3% (inclusive) to 5% of revenue.',
    },
    {
      code: 'over_5',
      labelZh: '5%及以上',
      labelEn: '5% or more',
      points: 7.5,
      explanationZh: '数字化投入达到营业收入的5%及以上。',
      explanationEn: 'Digital spending was 5% of revenue or more.',
    },
  ],
};

// ---------------------------------------------------------------------------------------------
// 数字化成效 results (20)
// ---------------------------------------------------------------------------------------------

const trend = (
  order: 'lower_is_better' | 'higher_is_better',
  points: readonly [number, number, number],
  subjectZh: string,
  subjectEn: string,
): ScoredOption[] => {
  const increased: Omit<ScoredOption, 'points'> = {
    code: 'increased',
    labelZh: '上升',
    labelEn: 'Increased',
    explanationZh: `${subjectZh}比之前上升。`,
    explanationEn: `${subjectEn} went up compared with before.`,
  };
  const unchanged: Omit<ScoredOption, 'points'> = {
    code: 'unchanged',
    labelZh: '持平',
    labelEn: 'Unchanged',
    explanationZh: `${subjectZh}与之前基本持平。`,
    explanationEn: `${subjectEn} stayed about the same.`,
  };
  const decreased: Omit<ScoredOption, 'points'> = {
    code: 'decreased',
    labelZh: '下降',
    labelEn: 'Decreased',
    explanationZh: `${subjectZh}比之前下降。`,
    explanationEn: `${subjectEn} went down compared with before.`,
  };
  const ordered =
    order === 'lower_is_better'
      ? [increased, unchanged, decreased]
      : [decreased, unchanged, increased];
  return ordered.map((option, i) => ({ ...option, points: points[i] }));
};

const rEnergy: ScoredIndicator = {
  kind: 'scored',
  code: 'r_energy',
  nameZh: '单位营收能耗',
  nameEn: 'Energy per revenue',
  helpZh: '每百元营业收入的综合能耗与之前相比如何变化？',
  helpEn: 'How has energy used per 100 yuan of revenue changed compared with before?',
  multiple: false,
  maxScore: 7,
  options: trend(
    'lower_is_better',
    [0, 3.5, 7],
    '每百元营业收入能耗',
    'Energy per 100 yuan of revenue',
  ),
};

const rQuality: ScoredIndicator = {
  kind: 'scored',
  code: 'r_quality',
  nameZh: '产品合格率',
  nameEn: 'Product pass rate',
  helpZh: '月度产品合格率与之前相比如何变化？',
  helpEn: 'How has the monthly product pass rate changed compared with before?',
  multiple: false,
  maxScore: 7,
  options: trend('higher_is_better', [0, 3.5, 7], '月度产品合格率', 'The monthly pass rate'),
};

const rRevenuePerEmployee: ScoredIndicator = {
  kind: 'scored',
  code: 'r_revenue_per_employee',
  nameZh: '人均营业收入',
  nameEn: 'Revenue per employee',
  helpZh: '人均营业收入与上年同期相比如何变化？',
  helpEn: 'How has revenue per employee changed year on year?',
  multiple: false,
  maxScore: 3,
  options: trend('higher_is_better', [0, 1.5, 3], '人均营业收入', 'Revenue per employee'),
};

const rCostPerRevenue: ScoredIndicator = {
  kind: 'scored',
  code: 'r_cost_per_revenue',
  nameZh: '每百元营收成本',
  nameEn: 'Cost per revenue',
  helpZh: '每百元营业收入中的成本与上年同期相比如何变化？',
  helpEn: 'How has the cost per 100 yuan of revenue changed year on year?',
  multiple: false,
  maxScore: 3,
  options: trend(
    'lower_is_better',
    [0, 1.5, 3],
    '每百元营业收入成本',
    'Cost per 100 yuan of revenue',
  ),
};

// ---------------------------------------------------------------------------------------------
// 数字化经营 operations: 16 scenarios rated 0–4
// ---------------------------------------------------------------------------------------------

interface Descriptor {
  readonly labelZh: string;
  readonly labelEn: string;
  readonly explanationZh: string;
  readonly explanationEn: string;
}

interface ScenarioSpec {
  readonly code: AssessedScenarioCode;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly helpZh: string;
  readonly helpEn: string;
  /** Descriptors of ratings 1–4: basic records → system → integrated, data-driven → intelligent. */
  readonly levels: readonly [Descriptor, Descriptor, Descriptor, Descriptor];
}

const NOT_DONE: Descriptor = {
  labelZh: '未开展',
  labelEn: 'Not done',
  explanationZh: '该环节尚未开展数字化，依靠经验、口头或零散纸质方式管理。',
  explanationEn: 'Not digitised yet: run on experience, word of mouth or loose paper.',
};

const d = (
  labelZh: string,
  labelEn: string,
  explanationZh: string,
  explanationEn: string,
): Descriptor => ({ labelZh, labelEn, explanationZh, explanationEn });

const SCENARIO_SPECS: readonly ScenarioSpec[] = [
  {
    code: 'product_design',
    nameZh: '产品设计',
    nameEn: 'Product design',
    helpZh: '产品设计（图纸、BOM、设计变更）目前如何开展？',
    helpEn: 'How is product design (drawings, BOMs, design changes) done today?',
    levels: [
      d(
        '电子化绘图与文档',
        'Electronic drawings and documents',
        '使用二维CAD等软件绘图，图纸和设计文档以电子文件保存，但分散管理。',
        'Drawings are made with 2D CAD or similar software and kept as electronic files, managed piecemeal.',
      ),
      d(
        '三维设计与PDM系统管理',
        '3D design managed in a PDM system',
        '使用三维CAD设计，产品数据管理（PDM）系统统一管理图纸、BOM和设计变更。',
        'Products are designed in 3D CAD and a product data management (PDM) system keeps drawings, BOMs and changes in one place.',
      ),
      d(
        '设计数据贯通并以仿真优化',
        'Integrated design data, optimised by simulation',
        '设计数据与工艺、生产、采购系统打通，基于仿真分析和历史数据优化设计。',
        'Design data flows to process, production and purchasing systems; simulation and past data are used to improve designs.',
      ),
      d(
        '智能协同设计',
        'Intelligent collaborative design',
        '基于模型的协同设计平台让客户和供应商在线参与，应用数字孪生或智能辅助设计。',
        'A model-based platform brings customers and suppliers into design online, with digital twins or AI-assisted design.',
      ),
    ],
  },
  {
    code: 'process_design',
    nameZh: '工艺设计',
    nameEn: 'Process design',
    helpZh: '工艺设计（工艺路线、作业指导、工艺参数）目前如何开展？',
    helpEn: 'How is process design (routings, work instructions, parameters) done today?',
    levels: [
      d(
        '工艺文件电子化',
        'Electronic process documents',
        '工艺路线和作业指导书以Word、Excel等电子文件编制和保存。',
        'Routings and work instructions are written and kept as Word or Excel files.',
      ),
      d(
        'CAPP系统管理工艺',
        'Process planning in a CAPP system',
        '使用计算机辅助工艺规划（CAPP）或工艺管理系统编制工艺路线、工时和工装。',
        'A computer-aided process planning (CAPP) system defines routings, standard times and tooling.',
      ),
      d(
        '工艺与设计、制造数据贯通',
        'Process data integrated with design and production',
        '工艺系统与PDM、ERP、MES集成，依据生产数据分析持续优化工艺参数。',
        'The process system is integrated with PDM, ERP and MES, and parameters are tuned from production data.',
      ),
      d(
        '工艺仿真与智能优化',
        'Process simulation and intelligent optimisation',
        '通过虚拟仿真验证工艺，工艺知识库和智能算法自动推荐并优化工艺参数。',
        'Processes are proven in virtual simulation; a knowledge base and algorithms recommend and optimise parameters.',
      ),
    ],
  },
  {
    code: 'marketing',
    nameZh: '营销管理',
    nameEn: 'Marketing',
    helpZh: '客户、商机、报价和订单目前如何管理？',
    helpEn: 'How are customers, opportunities, quotes and orders managed today?',
    levels: [
      d(
        '客户与订单电子台账',
        'Electronic customer and order records',
        '客户信息、报价和订单以Excel表格或简单软件记录。',
        'Customers, quotes and orders are recorded in spreadsheets or simple software.',
      ),
      d(
        'CRM系统管理销售',
        'Sales run in a CRM system',
        '使用客户关系管理（CRM）系统管理客户、商机、合同和回款，或开展线上渠道销售。',
        'A CRM system manages customers, opportunities, contracts and collections, possibly with online sales channels.',
      ),
      d(
        '营销数据贯通与精准营销',
        'Integrated sales data, targeted marketing',
        'CRM与ERP、电商等渠道数据打通，基于客户数据分析开展精准营销和销售预测。',
        'CRM is joined with ERP and online channels; customer analytics drive targeted campaigns and sales forecasts.',
      ),
      d(
        '智能营销与需求协同',
        'Intelligent marketing, demand-driven collaboration',
        '基于用户画像和智能算法推荐与定价，客户需求实时驱动设计与生产。',
        'Customer profiles and algorithms drive offers and pricing; customer demand reaches design and production in real time.',
      ),
    ],
  },
  {
    code: 'after_sales',
    nameZh: '售后服务',
    nameEn: 'After-sales service',
    helpZh: '报修、退换货和客户反馈目前如何处理？',
    helpEn: 'How are repair requests, returns and customer feedback handled today?',
    levels: [
      d(
        '售后记录电子化',
        'Electronic after-sales records',
        '报修、退换货和客户反馈以表格或电子文件登记。',
        'Repair requests, returns and feedback are logged in spreadsheets or files.',
      ),
      d(
        '售后服务系统',
        'After-sales service system',
        '使用售后或工单系统管理报修派工、备件和服务过程，客户可在线报修。',
        'An after-sales or ticket system handles dispatch, spare parts and service tracking; customers report issues online.',
      ),
      d(
        '服务数据分析与质量反馈',
        'Service data analysed and fed back',
        '售后系统与CRM、质量、ERP系统打通，故障和投诉数据经分析反馈到设计和生产改进。',
        'The service system is linked to CRM, quality and ERP; failure and complaint data feed design and production improvements.',
      ),
      d(
        '远程运维与预测性服务',
        'Remote maintenance and predictive service',
        '对售出产品远程监测，预测故障并主动服务，提供基于数据的增值服务。',
        'Products in the field are monitored remotely, failures are predicted and served proactively, with data-based services.',
      ),
    ],
  },
  {
    code: 'planning_scheduling',
    nameZh: '计划排程',
    nameEn: 'Planning and scheduling',
    helpZh: '生产计划和排产目前如何制定与调整？',
    helpEn: 'How are production plans and schedules made and adjusted today?',
    levels: [
      d(
        '计划表格化',
        'Plans kept in spreadsheets',
        '生产计划和排产由人工编制，用Excel表格下达和跟踪。',
        'Plans and schedules are drawn up by hand and issued and tracked in spreadsheets.',
      ),
      d(
        '系统编制计划',
        'Plans made in a system',
        '在ERP或MES中依据订单和库存编制主生产计划和物料需求计划（MRP）。',
        'ERP or MES builds the master production schedule and material requirements (MRP) from orders and stock.',
      ),
      d(
        '高级排程与动态调整',
        'Advanced scheduling, adjusted live',
        '使用高级计划排程（APS），综合产能、物料和设备状态自动排产，并依据现场数据动态调整。',
        'Advanced planning and scheduling (APS) schedules from capacity, materials and equipment status and adapts to shop-floor data.',
      ),
      d(
        '智能排程与供应链协同',
        'Intelligent scheduling across the supply chain',
        '基于智能算法优化排程，计划与客户、供应商协同联动，实现按需柔性生产。',
        'Algorithms optimise schedules, and plans are coordinated with customers and suppliers for flexible make-to-demand production.',
      ),
    ],
  },
  {
    code: 'production_control',
    nameZh: '生产管控',
    nameEn: 'Production control',
    helpZh: '生产工单、报工和生产过程目前如何管控？',
    helpEn: 'How are work orders, job reporting and the production process controlled today?',
    levels: [
      d(
        '纸质或表格记录工单',
        'Work orders on paper or spreadsheets',
        '生产工单、报工和进度以纸质单据或Excel表格记录。',
        'Work orders, job reports and progress are recorded on paper or in spreadsheets.',
      ),
      d(
        'MES管理工单',
        'Work orders in an MES',
        '使用制造执行系统（MES）下达工单、报工并跟踪在制品。',
        'A manufacturing execution system (MES) issues work orders, records job reports and tracks work in progress.',
      ),
      d(
        '工艺参数自动采集与分析',
        'Process parameters collected and analysed automatically',
        '设备和工艺参数自动采集，实时监控生产过程并分析效率和异常。',
        'Equipment and process parameters are collected automatically; production is monitored live and efficiency and anomalies analysed.',
      ),
      d(
        '智能监控与闭环控制',
        'Intelligent monitoring with closed-loop control',
        '基于模型智能监控生产过程，自动调整工艺参数，形成闭环控制。',
        'Model-based monitoring watches production and adjusts process parameters automatically in a closed loop.',
      ),
    ],
  },
  {
    code: 'quality',
    nameZh: '质量管理',
    nameEn: 'Quality',
    helpZh: '来料、过程和成品检验以及质量问题目前如何管理？',
    helpEn: 'How are incoming, in-process and final inspection and quality issues managed today?',
    levels: [
      d(
        '检验记录电子化',
        'Electronic inspection records',
        '来料、过程和成品检验结果以表格记录。',
        'Incoming, in-process and final inspection results are recorded in spreadsheets.',
      ),
      d(
        '质量管理系统',
        'Quality management system',
        '使用质量管理系统（QMS）或MES质量模块管理检验标准、检验记录和不合格品处理。',
        'A QMS or an MES quality module manages inspection standards, records and non-conformances.',
      ),
      d(
        '质量数据采集与追溯分析',
        'Quality data collected, traced and analysed',
        '检测数据自动采集，实现批次追溯，应用统计过程控制（SPC）分析质量波动。',
        'Test data are collected automatically, batches are traceable and statistical process control (SPC) tracks variation.',
      ),
      d(
        '智能检测与质量预测',
        'Intelligent inspection and quality prediction',
        '应用机器视觉等智能检测，预测质量风险并联动工艺自动纠偏，与供应商协同改进质量。',
        'Machine vision and other smart inspection predict quality risks, correct the process automatically and share quality data with suppliers.',
      ),
    ],
  },
  {
    code: 'equipment',
    nameZh: '设备管理',
    nameEn: 'Equipment',
    helpZh: '设备台账、点检、保养和维修目前如何管理？',
    helpEn: 'How are the equipment ledger, inspections, maintenance and repairs managed today?',
    levels: [
      d(
        '设备台账电子化',
        'Electronic equipment ledger',
        '设备台账、点检和维修记录以表格登记。',
        'The equipment ledger, inspections and repairs are recorded in spreadsheets.',
      ),
      d(
        '设备管理系统',
        'Equipment management system',
        '使用设备管理系统管理台账、点检保养计划、维修工单和备件。',
        'An equipment management system handles the ledger, inspection and maintenance plans, repair orders and spares.',
      ),
      d(
        '设备状态在线监测与分析',
        'Equipment condition monitored online',
        '设备联网实时采集运行状态，分析设备综合效率（OEE）和故障原因。',
        'Networked equipment reports its status in real time; overall equipment effectiveness (OEE) and failure causes are analysed.',
      ),
      d(
        '预测性维护与远程运维',
        'Predictive and remote maintenance',
        '基于设备数据模型预测故障并自动生成维护计划，与设备厂商远程协同运维。',
        'Data models predict failures and plan maintenance automatically, with remote maintenance shared with the equipment maker.',
      ),
    ],
  },
  {
    code: 'safety',
    nameZh: '安全生产',
    nameEn: 'Safety',
    helpZh: '安全检查、隐患排查和应急管理目前如何开展？',
    helpEn: 'How are safety inspections, hazard checks and emergencies managed today?',
    levels: [
      d(
        '安全记录电子化',
        'Electronic safety records',
        '安全检查、隐患和安全培训以表格记录。',
        'Safety inspections, hazards and training are recorded in spreadsheets.',
      ),
      d(
        '安全管理系统',
        'Safety management system',
        '使用安全管理系统管理隐患排查治理、作业许可、应急预案和安全培训。',
        'A safety management system handles hazard checks and fixes, work permits, emergency plans and training.',
      ),
      d(
        '安全风险在线监测',
        'Safety risks monitored online',
        '通过传感器和视频实时监测重点区域与危险源，经数据分析自动预警。',
        'Sensors and video watch key areas and hazard sources in real time, and data analysis raises warnings automatically.',
      ),
      d(
        '智能预警与联动处置',
        'Intelligent warning and coordinated response',
        '基于智能识别和风险模型预测安全风险，自动联动设备停机和应急处置。',
        'Intelligent recognition and risk models predict hazards and trigger equipment stops and emergency response automatically.',
      ),
    ],
  },
  {
    code: 'energy',
    nameZh: '能耗管理',
    nameEn: 'Energy',
    helpZh: '水、电、气等能耗目前如何计量和管理？',
    helpEn: 'How are water, power, gas and other energy use metered and managed today?',
    levels: [
      d(
        '人工抄表统计',
        'Meters read and tallied by hand',
        '能耗由人工抄表，用表格统计。',
        'Energy meters are read by hand and tallied in spreadsheets.',
      ),
      d(
        '能源管理系统',
        'Energy management system',
        '安装计量表具，使用能源管理系统按车间或产线统计能耗。',
        'Metering is installed and an energy management system accounts for use by shop or line.',
      ),
      d(
        '能耗自动采集与分析优化',
        'Energy collected automatically, analysed and optimised',
        '重点设备能耗自动采集，分析单位产品能耗并优化用能。',
        "Key equipment's energy use is collected automatically; energy per unit of output is analysed and use optimised.",
      ),
      d(
        '智能能效与碳管理',
        'Intelligent energy efficiency and carbon management',
        '基于模型智能调度用能，能耗与生产计划联动，开展碳排放核算与管理。',
        'Models schedule energy use in step with production plans, with carbon accounting and management.',
      ),
    ],
  },
  {
    code: 'procurement',
    nameZh: '采购管理',
    nameEn: 'Procurement',
    helpZh: '请购、采购订单和供应商目前如何管理？',
    helpEn: 'How are requisitions, purchase orders and suppliers managed today?',
    levels: [
      d(
        '采购记录电子化',
        'Electronic purchasing records',
        '请购、采购订单和供应商信息以表格记录。',
        'Requisitions, purchase orders and supplier details are recorded in spreadsheets.',
      ),
      d(
        '采购管理系统',
        'Purchasing system',
        '在ERP或采购系统中管理采购申请、订单、到货和对账。',
        'ERP or a purchasing system handles requisitions, orders, receipts and reconciliation.',
      ),
      d(
        '需求驱动采购与供应商评价',
        'Demand-driven purchasing, data-based supplier rating',
        '采购与生产计划、库存数据联动自动生成需求，基于数据评价供应商。',
        'Purchase needs come automatically from production plans and stock; suppliers are rated on data.',
      ),
      d(
        '供应链协同采购',
        'Collaborative supply-chain purchasing',
        '通过供应链协同平台与供应商在线共享需求、库存和交付，智能预测采购需求。',
        'A supply-chain platform shares demand, stock and deliveries with suppliers online and forecasts purchase needs.',
      ),
    ],
  },
  {
    code: 'warehouse_logistics',
    nameZh: '仓储物流',
    nameEn: 'Warehousing and logistics',
    helpZh: '出入库、库存和物流运输目前如何管理？',
    helpEn: 'How are stock movements, inventory and transport managed today?',
    levels: [
      d(
        '出入库台账电子化',
        'Electronic stock ledger',
        '出入库和库存以表格记录，定期人工盘点。',
        'Receipts, issues and stock are recorded in spreadsheets and counted by hand.',
      ),
      d(
        '仓储管理系统',
        'Warehouse management system',
        '使用仓储管理系统（WMS）或ERP库存模块扫码出入库，库存实时可查。',
        'A warehouse management system (WMS) or ERP inventory module with barcode scanning shows stock in real time.',
      ),
      d(
        '仓储物流数据贯通与优化',
        'Integrated, optimised warehousing and logistics',
        '仓储与生产、采购、销售系统打通，物料按需配送，基于数据优化库存和运输。',
        'Warehousing is linked to production, purchasing and sales; materials are delivered on demand and stock and transport optimised on data.',
      ),
      d(
        '智能仓储与物流协同',
        'Intelligent warehousing, collaborative logistics',
        '应用自动化立体库、AGV等智能装备，物流与客户、供应商实时协同。',
        'Automated storage, AGVs and similar equipment are in use, and logistics are coordinated with customers and suppliers in real time.',
      ),
    ],
  },
  {
    code: 'finance',
    nameZh: '财务管理',
    nameEn: 'Finance',
    helpZh: '记账、成本核算和资金管理目前如何开展？',
    helpEn: 'How are bookkeeping, costing and cash management done today?',
    levels: [
      d(
        '财务软件记账',
        'Bookkeeping software',
        '使用财务软件记账和出具报表。',
        'Accounts are kept and reports produced with bookkeeping software.',
      ),
      d(
        '财务管理系统',
        'Finance management system',
        '使用ERP财务模块管理总账、应收应付、成本和费用报销。',
        'An ERP finance module handles the ledger, receivables and payables, costing and expenses.',
      ),
      d(
        '业财一体化与经营分析',
        'Integrated business and finance with analysis',
        '财务与采购、生产、销售数据自动贯通，实时核算成本并开展经营分析。',
        'Finance is fed automatically by purchasing, production and sales data; costs are calculated live and performance analysed.',
      ),
      d(
        '智能财务与资金协同',
        'Intelligent finance and treasury collaboration',
        '应用智能算法开展预算预测和风险预警，与银行、客户、供应商在线协同结算和融资。',
        'Algorithms forecast budgets and flag risks; settlement and financing run online with banks, customers and suppliers.',
      ),
    ],
  },
  {
    code: 'hr',
    nameZh: '人力资源',
    nameEn: 'Human resources',
    helpZh: '员工档案、考勤、薪酬和培训目前如何管理？',
    helpEn: 'How are staff records, attendance, pay and training managed today?',
    levels: [
      d(
        '人事信息电子化',
        'Electronic personnel records',
        '员工档案、考勤和工资以表格记录。',
        'Staff files, attendance and payroll are kept in spreadsheets.',
      ),
      d(
        '人力资源系统',
        'HR system',
        '使用人力资源管理系统管理组织、考勤、薪酬以及招聘培训。',
        'An HR system handles the organisation, attendance, pay, recruitment and training.',
      ),
      d(
        '人力数据贯通与绩效分析',
        'Integrated HR data and performance analysis',
        '人力系统与生产、财务数据打通，基于数据核算计件薪酬并分析绩效。',
        'The HR system is linked to production and finance data; piece-rate pay and performance are calculated and analysed on data.',
      ),
      d(
        '智能人才管理',
        'Intelligent talent management',
        '基于人才画像智能匹配岗位和培训，预测用工需求并优化人员配置。',
        'Talent profiles match people to jobs and training; staffing needs are forecast and deployment optimised.',
      ),
    ],
  },
  {
    code: 'collaboration',
    nameZh: '协同办公',
    nameEn: 'Collaboration',
    helpZh: '内部沟通、审批和文档共享目前如何开展？',
    helpEn: 'How are internal communication, approvals and document sharing done today?',
    levels: [
      d(
        '即时通讯与电子文件',
        'Messaging and electronic files',
        '使用即时通讯工具沟通，文件以电子方式传递。',
        'Staff talk over instant messaging and pass files electronically.',
      ),
      d(
        '协同办公平台',
        'Collaboration platform',
        '使用协同办公平台处理审批、公告、日程和文档共享。',
        'A collaboration platform handles approvals, notices, calendars and shared documents.',
      ),
      d(
        '办公与业务系统集成',
        'Office and business systems integrated',
        '办公平台与ERP、MES等业务系统集成，审批待办统一处理，流程数据可分析。',
        'The platform is integrated with ERP, MES and other systems: approvals and tasks in one place, process data analysed.',
      ),
      d(
        '智能协同与上下游在线协作',
        'Intelligent, cross-company collaboration',
        '应用智能助手自动处理流程，与客户、供应商等上下游在线协同办公。',
        'Intelligent assistants automate workflows, and work is shared online with customers, suppliers and partners.',
      ),
    ],
  },
  {
    code: 'decision_support',
    nameZh: '决策支持',
    nameEn: 'Decision support',
    helpZh: '经营数据目前如何汇总和用于决策？',
    helpEn: 'How are operating figures gathered and used for decisions today?',
    levels: [
      d(
        '手工汇总报表',
        'Hand-compiled reports',
        '经营数据由人工从各处汇总成报表，供管理层参考。',
        'Operating figures are gathered by hand from several places into reports for management.',
      ),
      d(
        '系统报表',
        'System reports',
        '从业务系统导出固定报表，定期查看经营指标。',
        'Standard reports come out of business systems and key figures are reviewed regularly.',
      ),
      d(
        '数据看板与多维分析',
        'Dashboards and multi-dimensional analysis',
        '汇聚各系统数据建立数据平台和管理驾驶舱，实时监控指标并多维分析。',
        'Data from all systems feed a data platform and management dashboard with live indicators and multi-dimensional analysis.',
      ),
      d(
        '智能决策',
        'Intelligent decisions',
        '基于数据模型和人工智能开展预测、模拟和决策推荐，辅助经营与投资决策。',
        'Data models and AI forecast, simulate and recommend options for operating and investment decisions.',
      ),
    ],
  },
];

const ratingOptions = (levels: ScenarioSpec['levels']): RatingOption[] =>
  [NOT_DONE, ...levels].map((descriptor, rating) => ({
    code: `r${rating}`,
    ...descriptor,
    rating: rating as RatingOption['rating'],
  }));

const isConstraint = (code: AssessedScenarioCode): boolean =>
  (ASSESSMENT_CONSTRAINT_SCENARIO_CODES as readonly AssessedScenarioCode[]).includes(code);

const operationsIndicators: RatingIndicator[] = SCENARIO_SPECS.map((spec) => ({
  kind: 'rating',
  code: spec.code,
  scenario: spec.code,
  constraint: isConstraint(spec.code),
  nameZh: spec.nameZh,
  nameEn: spec.nameEn,
  helpZh: `${spec.helpZh}如企业不涉及该环节，可选择“不适用”。`,
  helpEn: `${spec.helpEn} Choose "not applicable" if the firm has no such activity.`,
  multiple: false,
  maxScore: 4,
  options: ratingOptions(spec.levels),
}));

// ---------------------------------------------------------------------------------------------
// The questionnaire
// ---------------------------------------------------------------------------------------------

/** The platform's default level rule (the official combining rule is not published). */
export const DEFAULT_LEVEL_RULE: LevelRule = {
  bands: [
    { min: 20, level: 1 },
    { min: 40, level: 2 },
    { min: 60, level: 3 },
    { min: 80, level: 4 },
  ],
  scenarioRule: { minScenarios: 6, minConstraint: 3 },
  keepLevelOneWhenBandAtLeastOne: true,
};

const dimensions: Dimension[] = [
  {
    code: 'foundations',
    nameZh: '数字化基础',
    nameEn: 'Digital foundations',
    maxScore: 50,
    areas: [
      {
        code: 'equipment_systems',
        nameZh: '设备系统',
        nameEn: 'Equipment and systems',
        maxScore: 20,
        indicatorCodes: ['f_network', 'f_device_digitisation', 'f_device_networking'],
      },
      {
        code: 'data_collection',
        nameZh: '数据采集',
        nameEn: 'Data collection',
        maxScore: 10,
        indicatorCodes: ['f_data_collection'],
      },
      {
        code: 'information_systems',
        nameZh: '信息系统',
        nameEn: 'Information systems',
        maxScore: 10,
        indicatorCodes: ['f_information_systems'],
      },
      {
        code: 'security',
        nameZh: '信息安全',
        nameEn: 'Security',
        maxScore: 10,
        indicatorCodes: ['f_network_security', 'f_data_security'],
      },
    ],
    indicators: [
      fNetwork,
      fDeviceDigitisation,
      fDeviceNetworking,
      fDataCollection,
      fInformationSystems,
      fNetworkSecurity,
      fDataSecurity,
    ],
  },
  {
    code: 'management',
    nameZh: '数字化管理',
    nameEn: 'Digital management',
    maxScore: 30,
    areas: [
      {
        code: 'planning',
        nameZh: '规划管理',
        nameEn: 'Planning',
        maxScore: 15,
        indicatorCodes: ['m_plan_execution', 'm_mechanisms'],
      },
      {
        code: 'people_funding',
        nameZh: '要素保障',
        nameEn: 'People and funding',
        maxScore: 15,
        indicatorCodes: ['m_talent', 'm_funding'],
      },
    ],
    indicators: [mPlanExecution, mMechanisms, mTalent, mFunding],
  },
  {
    code: 'results',
    nameZh: '数字化成效',
    nameEn: 'Digital results',
    maxScore: 20,
    areas: [
      {
        code: 'green',
        nameZh: '绿色低碳',
        nameEn: 'Green and low-carbon',
        maxScore: 7,
        indicatorCodes: ['r_energy'],
      },
      {
        code: 'quality',
        nameZh: '产品质量',
        nameEn: 'Product quality',
        maxScore: 7,
        indicatorCodes: ['r_quality'],
      },
      {
        code: 'market',
        nameZh: '市场效益',
        nameEn: 'Market performance',
        maxScore: 6,
        indicatorCodes: ['r_revenue_per_employee', 'r_cost_per_revenue'],
      },
    ],
    indicators: [rEnergy, rQuality, rRevenuePerEmployee, rCostPerRevenue],
  },
  {
    code: 'operations',
    nameZh: '数字化经营',
    nameEn: 'Digital operations',
    maxScore: 0,
    areas: [],
    indicators: operationsIndicators,
  },
];

const scenarios: AssessedScenario[] = SCENARIO_SPECS.map((spec) => ({
  code: spec.code,
  nameZh: spec.nameZh,
  nameEn: spec.nameEn,
  constraint: isConstraint(spec.code),
}));

/** Questionnaire version 2024.1. */
export const QUESTIONNAIRE_2024: Questionnaire = {
  version: '2024.1',
  titleZh: '中小企业数字化水平评测（参照2024年版评测指标）',
  titleEn: 'SME digital level assessment (modelled on the 2024 indicators)',
  dimensions,
  levelRule: DEFAULT_LEVEL_RULE,
  scenarios,
  constraintScenarios: [...ASSESSMENT_CONSTRAINT_SCENARIO_CODES],
};
