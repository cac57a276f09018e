import {
  ASSESSMENT_CONSTRAINT_SCENARIO_CODES,
  ASSESSMENT_SCENARIO_CODES,
} from '../assessment/scenario-codes.js';
/**
 * Scenarios (场景): the 16 business scenarios of the 2024 *Evaluation Indicators for SME Digital
 * Level* (《中小企业数字化水平评测指标》), in four groups, plus the digital foundations and
 * transformation services that offerings also cover. Codes are part of the API contract.
 */

export const SCENARIO_GROUP_CODES = [
  'product_lifecycle',
  'production',
  'supply_chain',
  'management',
  'foundations',
  'services',
] as const;

export type ScenarioGroupCode = (typeof SCENARIO_GROUP_CODES)[number];

export interface ScenarioGroup {
  code: ScenarioGroupCode;
  nameZh: string;
  nameEn: string;
  /** True for the four groups of business scenarios rated by the assessment. */
  assessed: boolean;
}

export const SCENARIO_GROUPS: readonly ScenarioGroup[] = [
  {
    code: 'product_lifecycle',
    nameZh: '产品生命周期',
    nameEn: 'Product lifecycle',
    assessed: true,
  },
  { code: 'production', nameZh: '生产执行', nameEn: 'Production execution', assessed: true },
  { code: 'supply_chain', nameZh: '供应链', nameEn: 'Supply chain', assessed: true },
  { code: 'management', nameZh: '管理决策', nameEn: 'Management and decisions', assessed: true },
  { code: 'foundations', nameZh: '数字化基础', nameEn: 'Digital foundations', assessed: false },
  { code: 'services', nameZh: '转型服务', nameEn: 'Transformation services', assessed: false },
];

export const SCENARIO_CODES = [
  'product_design',
  'process_design',
  'marketing',
  'after_sales',
  'planning_scheduling',
  'production_control',
  'quality',
  'equipment',
  'safety',
  'energy',
  'procurement',
  'warehouse_logistics',
  'finance',
  'hr',
  'collaboration',
  'decision_support',
  'network',
  'device_connectivity',
  'cloud_it',
  'cybersecurity',
  'consulting',
  'training',
] as const;

export type ScenarioCode = (typeof SCENARIO_CODES)[number];

/**
 * The 16 business scenarios rated 0–4 in the assessment (the first four groups) and the ten
 * constraint scenarios (约束性场景) among them: one list, owned by the versioned assessment model.
 */
export const ASSESSED_SCENARIO_CODES = ASSESSMENT_SCENARIO_CODES satisfies readonly ScenarioCode[];
export const CONSTRAINT_SCENARIO_CODES =
  ASSESSMENT_CONSTRAINT_SCENARIO_CODES satisfies readonly ScenarioCode[];

export interface Scenario {
  code: ScenarioCode;
  group: ScenarioGroupCode;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** One of the 16 business scenarios rated by the assessment. */
  assessed: boolean;
  /** One of the ten constraint scenarios of the assessment's level rule. */
  constraint: boolean;
}

type ScenarioText = Pick<
  Scenario,
  'group' | 'nameZh' | 'nameEn' | 'descriptionZh' | 'descriptionEn'
>;

const SCENARIO_TEXT: Record<ScenarioCode, ScenarioText> = {
  product_design: {
    group: 'product_lifecycle',
    nameZh: '产品设计',
    nameEn: 'Product design',
    descriptionZh: '用数字化工具开展产品研发设计、仿真验证和设计数据管理。',
    descriptionEn: 'Design, simulate and manage product data with digital tools.',
  },
  process_design: {
    group: 'product_lifecycle',
    nameZh: '工艺设计',
    nameEn: 'Process design',
    descriptionZh: '以数字化方式编制、验证和管理工艺路线、工艺参数与作业指导。',
    descriptionEn:
      'Plan, verify and manage process routes, parameters and work instructions digitally.',
  },
  marketing: {
    group: 'product_lifecycle',
    nameZh: '营销管理',
    nameEn: 'Marketing management',
    descriptionZh: '用数字化手段管理客户、商机、订单和渠道，开展精准营销。',
    descriptionEn:
      'Manage customers, leads, orders and channels digitally and market with precision.',
  },
  after_sales: {
    group: 'product_lifecycle',
    nameZh: '售后服务',
    nameEn: 'After-sales service',
    descriptionZh: '在线受理报修与投诉，跟踪服务过程，开展远程运维和客户回访。',
    descriptionEn:
      'Handle repair requests and complaints online, track service and support remotely.',
  },
  planning_scheduling: {
    group: 'production',
    nameZh: '计划排程',
    nameEn: 'Planning and scheduling',
    descriptionZh: '依据订单、产能和物料编制生产计划并进行排程与动态调整。',
    descriptionEn:
      'Build and adjust production plans and schedules from orders, capacity and materials.',
  },
  production_control: {
    group: 'production',
    nameZh: '生产管控',
    nameEn: 'Production control',
    descriptionZh: '对生产过程的工单、进度、在制品和报工进行数字化管控。',
    descriptionEn:
      'Control work orders, progress, work in process and reporting on the shop floor digitally.',
  },
  quality: {
    group: 'production',
    nameZh: '质量管理',
    nameEn: 'Quality management',
    descriptionZh: '采集检验数据，实现质量追溯、统计分析和问题闭环改进。',
    descriptionEn: 'Collect inspection data to trace, analyse and close quality issues.',
  },
  equipment: {
    group: 'production',
    nameZh: '设备管理',
    nameEn: 'Equipment management',
    descriptionZh: '管理设备台账、点检和维修保养，监测设备状态，提升设备利用率。',
    descriptionEn:
      'Manage equipment records, inspections and maintenance, and monitor equipment status.',
  },
  safety: {
    group: 'production',
    nameZh: '安全生产',
    nameEn: 'Production safety',
    descriptionZh: '数字化开展隐患排查、风险监测预警和安全作业管理。',
    descriptionEn: 'Find hazards, monitor risks, raise alerts and manage safe work digitally.',
  },
  energy: {
    group: 'production',
    nameZh: '能耗管理',
    nameEn: 'Energy management',
    descriptionZh: '计量和监测水、电、气等能源消耗，分析能效并优化用能。',
    descriptionEn:
      'Meter and monitor water, power and gas use, analyse efficiency and cut consumption.',
  },
  procurement: {
    group: 'supply_chain',
    nameZh: '采购管理',
    nameEn: 'Procurement management',
    descriptionZh: '在线管理供应商、询比价、采购订单和到货结算。',
    descriptionEn: 'Manage suppliers, quotations, purchase orders and settlement online.',
  },
  warehouse_logistics: {
    group: 'supply_chain',
    nameZh: '仓储物流',
    nameEn: 'Warehousing and logistics',
    descriptionZh: '以数字化方式管理出入库、库存和物流配送，做到账实相符。',
    descriptionEn:
      'Manage receipts, issues, stock and deliveries digitally so records match reality.',
  },
  finance: {
    group: 'management',
    nameZh: '财务管理',
    nameEn: 'Financial management',
    descriptionZh: '实现财务核算、成本管理、资金和税务的数字化，并与业务数据打通。',
    descriptionEn: 'Digitise accounting, costing, cash and tax, linked with business data.',
  },
  hr: {
    group: 'management',
    nameZh: '人力资源',
    nameEn: 'Human resources',
    descriptionZh: '在线管理招聘、考勤、绩效、薪酬和员工培训档案。',
    descriptionEn: 'Manage hiring, attendance, performance, payroll and training records online.',
  },
  collaboration: {
    group: 'management',
    nameZh: '协同办公',
    nameEn: 'Collaborative office work',
    descriptionZh: '通过在线审批、文档共享和即时沟通提升内部协同效率。',
    descriptionEn:
      'Work together through online approvals, shared documents and instant messaging.',
  },
  decision_support: {
    group: 'management',
    nameZh: '决策支持',
    nameEn: 'Decision support',
    descriptionZh: '汇聚经营数据形成报表和看板，用数据分析支撑经营决策。',
    descriptionEn: 'Bring business data into reports and dashboards that support decisions.',
  },
  network: {
    group: 'foundations',
    nameZh: '网络建设',
    nameEn: 'Network infrastructure',
    descriptionZh: '建设或改造企业内外网络，如工业以太网、5G 和 Wi-Fi 覆盖。',
    descriptionEn: 'Build or upgrade company networks such as industrial Ethernet, 5G and Wi-Fi.',
  },
  device_connectivity: {
    group: 'foundations',
    nameZh: '设备数字化与联网',
    nameEn: 'Device digitisation and connectivity',
    descriptionZh: '对设备进行数字化改造并联网，实现设备数据自动采集。',
    descriptionEn: 'Retrofit and connect equipment so that its data is collected automatically.',
  },
  cloud_it: {
    group: 'foundations',
    nameZh: '信息系统上云',
    nameEn: 'Moving IT systems to the cloud',
    descriptionZh: '将业务系统和数据迁移到云端，按需订阅、弹性使用。',
    descriptionEn: 'Move business systems and data to the cloud and use them by subscription.',
  },
  cybersecurity: {
    group: 'foundations',
    nameZh: '网络与数据安全',
    nameEn: 'Network and data security',
    descriptionZh: '部署安全防护、数据备份和访问控制，保障网络与数据安全。',
    descriptionEn:
      'Protect networks and data with security controls, backups and access management.',
  },
  consulting: {
    group: 'services',
    nameZh: '诊断咨询与规划',
    nameEn: 'Assessment, consulting and planning',
    descriptionZh: '开展数字化水平诊断评估，制定分步实施的转型规划。',
    descriptionEn: 'Assess the digital level and draw up a step-by-step transformation plan.',
  },
  training: {
    group: 'services',
    nameZh: '人才培训',
    nameEn: 'Skills training',
    descriptionZh: '为管理者和员工提供数字化技能培训，培养转型人才。',
    descriptionEn: 'Train managers and staff in digital skills for the transformation.',
  },
};

const ASSESSED: ReadonlySet<string> = new Set(ASSESSED_SCENARIO_CODES);
const CONSTRAINT: ReadonlySet<string> = new Set(CONSTRAINT_SCENARIO_CODES);

/** All 22 scenarios in the order of `SCENARIO_CODES` (grouped as in product.md). */
export const SCENARIOS: readonly Scenario[] = SCENARIO_CODES.map((code) => ({
  code,
  ...SCENARIO_TEXT[code],
  assessed: ASSESSED.has(code),
  constraint: CONSTRAINT.has(code),
}));

const SCENARIO_CODE_SET: ReadonlySet<string> = new Set(SCENARIO_CODES);
const SCENARIO_BY_CODE: ReadonlyMap<string, Scenario> = new Map(
  SCENARIOS.map((scenario) => [scenario.code, scenario]),
);

export function isScenarioCode(x: string): x is ScenarioCode {
  return SCENARIO_CODE_SET.has(x);
}

export function scenarioByCode(code: string): Scenario | undefined {
  return SCENARIO_BY_CODE.get(code);
}
