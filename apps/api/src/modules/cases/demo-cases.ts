import type { CaseMetricView, CaseStatus } from '@toolbox/contracts';
import type { ScenarioCode } from '@toolbox/domain';

/** A demo case before its offerings are chosen (the seeder links 1–2 fitting demo offerings). */
export interface DemoCase {
  key: string;
  title: string;
  story: string;
  industry: string;
  region: string;
  /** The first scenario picks the linked offerings. */
  scenarios: ScenarioCode[];
  metrics: CaseMetricView[];
  status: Extract<CaseStatus, 'published' | 'pending' | 'rejected'>;
  /** The admin's reason for the rejected one. */
  reason?: string;
  /** How many linked offerings (1 or 2) when the provider has that many fitting ones. */
  offerings: 1 | 2;
  /** When it was published (or submitted), days before the seed. */
  daysAgo: number;
  /** Written by the demo provider account (pending and rejected cases show in its 我的案例). */
  demoProvider?: boolean;
}

const m = (code: CaseMetricView['code'], before: number, after: number): CaseMetricView => ({
  code,
  before,
  after,
});

/**
 * The demo case library: 20 published cases over many industries and scenarios, two waiting for
 * review and one rejected. Firms are described, not named (客户要求匿名), as real case studies
 * often are.
 */
export const DEMO_CASES: readonly DemoCase[] = [
  {
    key: 'fastener-mes',
    title: '杭州某紧固件厂：扫码报工后交期准时率从 82% 提到 95%',
    story:
      '这家 120 人的紧固件企业以来料加工为主，订单小批量、多品种，过去靠班组长手写日报汇总进度，计划员每天要花两个多小时打电话问进度，客户催货时往往说不清订单卡在哪道工序。\n\n上线云 MES 后，工单按工序生成二维码，工人在冷镦、搓丝、热处理各工位扫码报工，车间大屏实时显示在制工单。计划员根据实际产出每天调整一次排产，插单时能马上看到对哪些订单有影响。\n\n三个月后，订单准时交付率从 82% 提高到 95%，报表录入时间每周减少约 14 小时。厂长说，最大的变化是“催货电话少了，心里有底了”。',
    industry: 'C33',
    region: '330100',
    scenarios: ['production_control', 'planning_scheduling'],
    metrics: [
      m('on_time_delivery_pct', 82, 95),
      m('data_entry_hours_per_week', 18, 4),
      m('lead_time_days', 15, 11),
    ],
    status: 'published',
    offerings: 2,
    daysAgo: 12,
  },
  {
    key: 'pump-quality',
    title: '合肥某水泵企业：质量追溯上线，出厂不良率由 3.2% 降到 1.1%',
    story:
      '企业生产小型离心泵，年产约 8 万台。以往质量问题靠纸质检验单记录，售后出现批量渗漏时很难追到是哪一批密封件、哪个班次装配的。\n\n项目为每台泵绑定序列号，关键工序（机加、装配、试压）在平板上录入检验结果，试压数据由设备直接采集，不合格品自动锁定并推送给质量工程师。供应商来料批次也一并关联。\n\n半年下来，出厂不良率从 3.2% 降到 1.1%，一次批量投诉的追溯时间从两天缩短到半小时，质量部每周的数据整理工作从 10 小时降到 2 小时。',
    industry: 'C34',
    region: '340100',
    scenarios: ['quality', 'production_control'],
    metrics: [m('defect_rate_pct', 3.2, 1.1), m('data_entry_hours_per_week', 10, 2)],
    status: 'published',
    offerings: 1,
    daysAgo: 20,
  },
  {
    key: 'injection-oee',
    title: '宁波方向的注塑配套厂：38 台注塑机联网，设备综合利用率提升 14 个百分点',
    story:
      '这家为家电企业配套的注塑厂有 38 台注塑机，品牌和年代各不相同。过去停机原因靠班长事后补记，换模、缺料、等待品检混在一起，管理层只能凭感觉判断产能瓶颈。\n\n服务商用边缘网关采集开机、周期、模次和报警信号，老设备加装电流传感器，停机时工人在机台终端选择原因。每天早会用前一日的停机排行讨论改善。\n\n四个月后设备利用率从 61% 提高到 75%，换模时间因为做了快速换模改善缩短了近三分之一，单位产品能耗也随之下降。',
    industry: 'C29',
    region: '330000',
    scenarios: ['device_connectivity', 'equipment'],
    metrics: [
      m('equipment_utilisation_pct', 61, 75),
      m('energy_per_output', 1.0, 0.88),
      m('labour_hours_per_output', 0.42, 0.36),
    ],
    status: 'published',
    offerings: 2,
    daysAgo: 8,
  },
  {
    key: 'garment-scheduling',
    title: '广州某服装加工厂：小单快反排产，平均交期从 21 天缩到 13 天',
    story:
      '企业主要为电商品牌做小单快反，单款订单 300 到 2000 件，旺季同时在制的款式超过 80 个。以前排产靠一张大 Excel，版房、裁床、车缝、后整的节奏经常脱节。\n\n上线排产与车间协同工具后，订单按工序拆分，系统根据各组产能和技能自动给出排产建议，车缝组用扎号扫码报数，后整可以提前看到即将到来的货量。\n\n三个月后平均交期从 21 天缩短到 13 天，准时交付率从 76% 升到 92%，库存中的半成品天数明显下降。',
    industry: 'C18',
    region: '440100',
    scenarios: ['planning_scheduling', 'production_control'],
    metrics: [
      m('lead_time_days', 21, 13),
      m('on_time_delivery_pct', 76, 92),
      m('inventory_days', 18, 11),
    ],
    status: 'published',
    offerings: 1,
    daysAgo: 30,
  },
  {
    key: 'textile-energy',
    title: '绍兴某印染企业：能源在线监测一年节能约 9%',
    story:
      '印染是用能大户，这家企业的蒸汽、电和水费用占到加工成本的四成。过去只有总表，车间之间互相说不清谁用得多。\n\n项目在定型机、染缸和空压站安装分项计量表，数据汇总到能源看板，按班次和工艺统计单位产量能耗，异常用能自动提醒设备主管。同时对空压机做了群控改造。\n\n运行一年，单位产品综合能耗下降约 9%，空压站电耗下降 15%，数据也直接用于申报当地的节能改造补贴。',
    industry: 'C17',
    region: '330000',
    scenarios: ['energy', 'device_connectivity'],
    metrics: [m('energy_per_output', 1.0, 0.91), m('equipment_utilisation_pct', 68, 73)],
    status: 'published',
    offerings: 2,
    daysAgo: 45,
  },
  {
    key: 'food-traceability',
    title: '郑州某速冻食品厂：原料批次追溯与温控记录全程线上化',
    story:
      '企业生产速冻水饺和汤圆，客户包括连锁商超，每次审核都要求提供原料批次和冷链温度记录。以前这些记录分散在纸质台账里，审核前要加班几天整理。\n\n上线质量追溯系统后，原料入库扫码登记批次，投料时关联生产批号，速冻隧道和冷库温度自动采集，出现超温自动报警并留痕。\n\n客户审核准备时间从 3 天缩短到半天，产品抽检不合格率从 1.8% 降到 0.6%，质量员每周手工录入时间减少约 12 小时。',
    industry: 'C14',
    region: '410100',
    scenarios: ['quality', 'warehouse_logistics'],
    metrics: [m('defect_rate_pct', 1.8, 0.6), m('data_entry_hours_per_week', 15, 3)],
    status: 'published',
    offerings: 1,
    daysAgo: 15,
  },
  {
    key: 'grain-warehouse',
    title: '长沙某粮油加工企业：仓储条码化，库存周转天数由 42 天降到 29 天',
    story:
      '企业生产食用油和米面制品，成品 SKU 近 300 个，分布在三个仓库。账实不符是老问题，月底盘点要停发货一天。\n\n服务商为其上线仓储管理系统，库位条码化，收货、上架、拣货、发货全部用手持终端扫码；先进先出按批次强制执行，临期产品提前预警。\n\n半年后库存周转天数从 42 天降到 29 天，盘点准确率达到 99.6%，发货差错基本消除，过期报损减少了七成。',
    industry: 'C13',
    region: '430100',
    scenarios: ['warehouse_logistics', 'procurement'],
    metrics: [m('inventory_days', 42, 29), m('on_time_delivery_pct', 88, 97)],
    status: 'published',
    offerings: 2,
    daysAgo: 60,
  },
  {
    key: 'motor-erp-finance',
    title: '南京某电机企业：业财一体化后月结从 10 天缩短到 4 天',
    story:
      '企业做中小型电机，年营收约 2 亿元。销售、采购、仓库用不同的表格，财务月底要花大量时间对账，成本核算只能做到产品大类。\n\n上线云 ERP 后，订单、采购、出入库和开票在一个系统里流转，凭证自动生成，成本按工单归集到具体型号。老板手机上每天能看到回款和毛利。\n\n月结时间从 10 天缩短到 4 天，财务每周手工录入时间减少约 20 小时，库存资金占用下降了 15%。',
    industry: 'C38',
    region: '320100',
    scenarios: ['finance', 'procurement'],
    metrics: [
      m('data_entry_hours_per_week', 26, 6),
      m('inventory_days', 55, 46),
      m('lead_time_days', 10, 4),
    ],
    status: 'published',
    offerings: 1,
    daysAgo: 25,
  },
  {
    key: 'pcb-visual-inspection',
    title: '成都某电子组装厂：AOI 与质量数据平台联动，缺陷率降到 0.4%',
    story:
      '企业为工控和安防客户做 SMT 贴片和组装，过去 AOI 检出的缺陷只在设备本地保存，维修工手工记录，同类问题反复出现。\n\n项目把 AOI、SPI 和维修站的数据统一采集到质量平台，按线体、料号、钢网自动做缺陷柏拉图，连续异常时通知工艺工程师停线确认。\n\n三个月后贴片缺陷率从 1.2% 降到 0.4%，维修工时下降约四分之一，客户投诉次数减半。',
    industry: 'C39',
    region: '510100',
    scenarios: ['quality', 'device_connectivity'],
    metrics: [m('defect_rate_pct', 1.2, 0.4), m('labour_hours_per_output', 0.3, 0.22)],
    status: 'published',
    offerings: 2,
    daysAgo: 5,
  },
  {
    key: 'machine-tool-predictive',
    title: '济南某机床零部件厂：关键设备预测性维护，非计划停机减少六成',
    story:
      '企业有 20 多台加工中心和磨床，主轴和丝杠故障一旦发生，往往要停机一周等备件，直接影响交付。\n\n服务商在关键设备上加装振动与温度传感器，结合设备运行数据建立健康模型，提前两到三周提示异常趋势，维修计划与生产计划联动安排。\n\n一年内非计划停机时长减少约六成，设备利用率从 66% 提高到 79%，备件库存也因为能提前准备而降了下来。',
    industry: 'C34',
    region: '370100',
    scenarios: ['equipment', 'device_connectivity'],
    metrics: [m('equipment_utilisation_pct', 66, 79), m('inventory_days', 35, 27)],
    status: 'published',
    offerings: 1,
    daysAgo: 90,
  },
  {
    key: 'chemical-safety',
    title: '南昌某精细化工企业：安全巡检数字化，隐患整改闭环率达 98%',
    story:
      '企业属于重点监管的危化品生产单位，过去巡检靠纸质表格，漏检、补签时有发生，隐患整改情况难以跟踪。\n\n上线安全生产管理平台后，巡检点贴上 NFC 标签，巡检人员到点打卡并拍照，发现隐患当场上报、指派、限期整改，可燃气体报警数据实时接入。\n\n半年里隐患整改闭环率从 71% 提高到 98%，巡检记录整理时间每周减少 8 小时，顺利通过了当地应急管理部门的专项检查。',
    industry: 'C26',
    region: '360100',
    scenarios: ['safety', 'device_connectivity'],
    metrics: [m('data_entry_hours_per_week', 11, 3), m('equipment_utilisation_pct', 72, 78)],
    status: 'published',
    offerings: 1,
    daysAgo: 40,
  },
  {
    key: 'valve-crm',
    title: '福州某阀门企业：客户与报价线上化，报价周期从 5 天缩短到 1.5 天',
    story:
      '企业做工业阀门，非标订单多，一个报价要销售、技术、采购来回确认，经常因为报价慢丢单。\n\n上线 CRM 和报价协同工具后，询价在系统里流转，技术参数和历史报价可直接引用，采购价格库自动带出成本，审批在手机上完成。\n\n报价周期从平均 5 天缩短到 1.5 天，赢单率提高了 8 个百分点，销售每周花在整理报表上的时间减少约 6 小时。',
    industry: 'C34',
    region: '350100',
    scenarios: ['marketing', 'collaboration'],
    metrics: [m('lead_time_days', 5, 1.5), m('data_entry_hours_per_week', 9, 3)],
    status: 'published',
    offerings: 1,
    daysAgo: 33,
  },
  {
    key: 'hardware-cloud-it',
    title: '武汉某五金制品厂：业务系统整体上云，IT 运维人力减半',
    story:
      '企业原来在机房里跑着财务、进销存和设计文件服务器，服务器已经用了七八年，去年一次硬盘故障导致停工一天。\n\n服务商帮助其把业务系统迁移到云主机，文件改用企业网盘，并配置了每日自动备份和异地容灾。\n\n迁移后系统全年无中断，IT 运维从两人兼职缩减为一人兼职，员工在外出差也能安全访问图纸，数据录入与查找时间每周节省约 5 小时。',
    industry: 'C33',
    region: '420100',
    scenarios: ['cloud_it', 'cybersecurity'],
    metrics: [m('data_entry_hours_per_week', 12, 7), m('labour_hours_per_output', 0.5, 0.46)],
    status: 'published',
    offerings: 2,
    daysAgo: 70,
  },
  {
    key: 'auto-parts-procurement',
    title: '重庆某汽车零部件企业：供应商协同平台上线，缺料停线次数下降 70%',
    story:
      '企业为主机厂配套冲压件和焊接总成，原材料和外协件供应商超过 60 家，要货计划靠邮件和电话传递，缺料停线每月都会发生。\n\n项目上线供应商协同平台，要货计划按周滚动发布，供应商在线确认交期并发货预约，到货扫码入库后自动对账。\n\n缺料停线次数下降约 70%，原材料库存天数从 20 天降到 13 天，采购员每周的对账和催料工作量减少一半以上。',
    industry: 'C36',
    region: '500000',
    scenarios: ['procurement', 'warehouse_logistics'],
    metrics: [
      m('inventory_days', 20, 13),
      m('on_time_delivery_pct', 85, 96),
      m('data_entry_hours_per_week', 16, 7),
    ],
    status: 'published',
    offerings: 2,
    daysAgo: 18,
  },
  {
    key: 'furniture-design',
    title: '佛山方向的定制家具厂：设计与拆单打通，返工率从 4.5% 降到 1.3%',
    story:
      '定制柜类产品每单都不一样，设计师出图后由拆单员手工拆成板件清单，尺寸录错导致的返工和补板是最大的浪费。\n\n服务商提供云端设计与自动拆单工具，设计方案直接生成板件和五金清单，数据下发到开料机，车间按条码分拣。\n\n返工补板率从 4.5% 降到 1.3%，交期从 25 天缩短到 18 天，拆单岗位从 4 人减少到 1 人。',
    industry: 'C21',
    region: '440000',
    scenarios: ['product_design', 'production_control'],
    metrics: [
      m('defect_rate_pct', 4.5, 1.3),
      m('lead_time_days', 25, 18),
      m('labour_hours_per_output', 1.6, 1.1),
    ],
    status: 'published',
    offerings: 1,
    daysAgo: 52,
  },
  {
    key: 'electrical-decision',
    title: '石家庄某电气成套企业：经营驾驶舱让老板每天看清订单和回款',
    story:
      '企业做高低压开关柜，项目型订单多、回款周期长。过去每月靠财务和销售各自出表，数字经常对不上，老板决策依赖经验。\n\n服务商在现有 ERP 和财务软件之上搭建数据中台和经营驾驶舱，订单、排产、发货、回款指标每天自动更新，异常项目自动标红。\n\n管理层周例会的准备时间从一天缩短到一小时，应收账款逾期金额半年下降 30%，项目交付准时率也有提升。',
    industry: 'C38',
    region: '130100',
    scenarios: ['decision_support', 'finance'],
    metrics: [m('data_entry_hours_per_week', 14, 3), m('on_time_delivery_pct', 80, 88)],
    status: 'published',
    offerings: 1,
    daysAgo: 28,
  },
  {
    key: 'ceramics-training',
    title: '某陶瓷企业：数字化人才培训与咨询，三个月完成诊断与试点',
    story:
      '企业此前从未系统做过数字化，管理层对“该从哪里开始”没有把握。\n\n服务商先用两周做了数字化水平诊断，梳理出质量与能耗两个优先场景，随后为车间主任和 IT 人员开展了 6 次培训，并陪同完成窑炉能耗监测的小范围试点。\n\n试点窑线单位能耗下降约 6%，形成了三年数字化路线图，也为申报数字化转型补贴准备好了材料。',
    industry: 'C30',
    region: '360000',
    scenarios: ['consulting', 'training'],
    metrics: [m('energy_per_output', 1.0, 0.94), m('defect_rate_pct', 5.1, 4.2)],
    status: 'published',
    offerings: 2,
    daysAgo: 75,
  },
  {
    key: 'packaging-network',
    title: '苏州方向的包装印刷厂：车间 5G 专网覆盖，设备联网率从 30% 到 90%',
    story:
      '厂房跨度大、金属设备多，原先 Wi-Fi 信号差，很多印刷机和模切机无法稳定联网，数据采集项目一再搁置。\n\n运营商合作伙伴为其部署了车间 5G 专网和工业网关，关键设备全部接入，网络与办公网隔离。\n\n设备联网率从 30% 提高到 90%，在此基础上上线了生产看板，设备利用率提高 9 个百分点。',
    industry: 'C22',
    region: '320000',
    scenarios: ['network', 'device_connectivity'],
    metrics: [m('equipment_utilisation_pct', 58, 67)],
    status: 'published',
    offerings: 1,
    daysAgo: 100,
  },
  {
    key: 'knitwear-hr',
    title: '某针织服装厂：计件工资线上化，工资核算从 4 天缩短到半天',
    story:
      '企业 400 多名车缝工实行计件工资，每月工资核算要统计员手工汇总扎号票，争议多、出错多，发薪经常延迟。\n\n上线人力与计件系统后，工人扫码报数即计件，工价表在系统维护，员工在手机上随时查看当月收入。\n\n工资核算从 4 天缩短到半天，计件争议基本消失，员工流失率下降，统计员每周节省约 15 小时。',
    industry: 'C18',
    region: '330100',
    scenarios: ['hr', 'production_control'],
    metrics: [m('data_entry_hours_per_week', 20, 5), m('labour_hours_per_output', 0.9, 0.82)],
    status: 'published',
    offerings: 1,
    daysAgo: 36,
  },
  {
    key: 'equipment-after-sales',
    title: '长沙某专用设备企业：远程运维与售后工单，服务响应从 48 小时到 8 小时',
    story:
      '企业生产食品包装专用设备，售往全国两百多家客户，过去设备故障要等售后工程师到现场才能判断，差旅成本高、客户等待久。\n\n项目为出厂设备加装远程模块，运行数据和报警回传到售后平台，工程师先远程诊断，需要上门时系统派工并带上可能用到的备件。\n\n平均服务响应时间从 48 小时缩短到 8 小时，一次修复率提高到 90%，售后差旅费用下降约三成。',
    industry: 'C35',
    region: '430100',
    scenarios: ['after_sales', 'device_connectivity'],
    metrics: [m('lead_time_days', 2, 0.33), m('equipment_utilisation_pct', 83, 91)],
    status: 'published',
    offerings: 2,
    daysAgo: 3,
  },
  {
    key: 'rubber-process',
    title: '青岛方向的橡胶制品厂：硫化工艺参数在线管控，废品率下降 60%',
    story:
      '硫化温度和时间控制不稳是橡胶密封件废品的主要原因，以前参数靠操作工手动设定、纸质记录。\n\n项目把硫化机的工艺参数下发和实时采集打通，配方与工艺卡在线管理，参数越界自动停机提示，质量数据与工艺参数关联分析。\n\n废品率从 2.5% 降到 1.0%，工艺员调整配方的验证周期缩短一半。',
    industry: 'C29',
    region: '370000',
    scenarios: ['process_design', 'quality'],
    metrics: [m('defect_rate_pct', 2.5, 1.0), m('energy_per_output', 1.0, 0.95)],
    status: 'published',
    offerings: 1,
    daysAgo: 64,
  },
  {
    key: 'cloud-backup-pending',
    title: '杭州某纺织机械厂：勒索病毒之后的云备份与容灾',
    story:
      '去年一次勒索病毒让企业的图纸服务器瘫痪了三天。之后企业决定把关键数据纳入云备份，并建立容灾演练机制。\n\n我们为其配置了每日增量备份和异地副本，每季度做一次恢复演练。目前恢复时间目标控制在 4 小时以内。',
    industry: 'C35',
    region: '330100',
    scenarios: ['cybersecurity', 'cloud_it'],
    metrics: [m('data_entry_hours_per_week', 6, 4)],
    status: 'pending',
    offerings: 2,
    daysAgo: 2,
    demoProvider: true,
  },
  {
    key: 'bi-pending',
    title: '合肥某家电配件企业：BI 驾驶舱三周上线',
    story:
      '企业在原有 ERP 之上接入 BI 经营驾驶舱，销售、库存和回款数据每天自动刷新，管理层不再等月报。\n\n上线三周后，周会材料的准备时间从半天缩短到半小时。',
    industry: 'C38',
    region: '340100',
    scenarios: ['decision_support'],
    metrics: [m('data_entry_hours_per_week', 8, 2), m('inventory_days', 40, 34)],
    status: 'pending',
    offerings: 1,
    daysAgo: 1,
    demoProvider: true,
  },
  {
    key: 'lowcode-rejected',
    title: '某企业低代码平台应用案例',
    story: '客户用我们的低代码平台搭建了多个应用，效率大幅提升，满意度很高。',
    industry: 'C34',
    region: '330000',
    scenarios: ['collaboration'],
    metrics: [m('labour_hours_per_output', 1, 0.5)],
    status: 'rejected',
    reason:
      '案例缺少客户背景和具体做法，指标口径不清（“效率大幅提升”）。请补充实施过程与数据来源后重新提交。',
    offerings: 1,
    daysAgo: 6,
    demoProvider: true,
  },
];
