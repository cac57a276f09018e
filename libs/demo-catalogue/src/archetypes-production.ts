import type { Archetype } from './types.js';

/** Archetypes for the product lifecycle and production scenarios. */
export const PRODUCTION_ARCHETYPES: readonly Archetype[] = [
  {
    id: 'cad-cloud',
    names: [
      ['产品设计 CAD 云', 'Cloud CAD for Product Design'],
      ['三维设计云平台', '3D Design Cloud'],
    ],
    kind: 'saas',
    scenarios: ['product_design'],
    stages: [2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [1, 5],
    price: 'suite',
    fit: ['C34', 'C35', 'C38', 'C21', 'C33', 'C40'],
    lead: [
      '一款浏览器即可使用的国产三维 CAD 与设计协同工具',
      'a browser-based 3D CAD and design collaboration tool built on domestic technology',
    ],
    features: [
      [
        '零件、装配和工程图在线建模，无需高配工作站',
        'model parts, assemblies and drawings online without a high-end workstation',
      ],
      [
        '标准件库和企业模板库开箱即用',
        'standard-part and company template libraries out of the box',
      ],
      ['设计评审可在线批注、手机查看', 'annotate design reviews online and view them on a phone'],
      [
        '图纸版本自动留痕，避免用错图',
        'drawing versions tracked automatically so nobody builds from an old one',
      ],
      [
        '兼容主流格式导入导出，方便与客户交换数据',
        'import and export common formats to exchange data with customers',
      ],
    ],
    pains: [
      [
        '正版设计软件授权贵、只能装在几台电脑上',
        'licensed design software is expensive and sits on only a few PCs',
      ],
      ['图纸靠 U 盘和聊天工具传来传去', 'drawings travel by USB stick and chat apps'],
    ],
    results: [
      { zh: '新品设计周期缩短 {n}%', en: 'new-product design time fell by {n}%', range: [18, 35] },
      {
        zh: '因图纸版本错误导致的返工下降 {n}%',
        en: 'rework caused by wrong drawing versions dropped by {n}%',
        range: [40, 75],
      },
      { zh: '软件授权成本降低 {n}%', en: 'software licence costs fell by {n}%', range: [30, 60] },
    ],
    tags: ['国产化适配', '设计协同'],
  },
  {
    id: 'pdm-vault',
    names: [
      ['图文档管理 PDM', 'PDM Document Vault'],
      ['研发数据管理 PDM 轻量版', 'PDM Lite for R&D Data'],
    ],
    kind: 'saas',
    scenarios: ['product_design', 'collaboration'],
    stages: [2, 3],
    deployments: ['public_cloud', 'private', 'hybrid'],
    delivery: [3, 10],
    price: 'suite',
    fit: ['C34', 'C35', 'C36', 'C38', 'C39', 'C40'],
    lead: [
      '一套面向研发部门的图文档与 BOM 管理系统',
      'a drawing, document and BOM management system for engineering teams',
    ],
    features: [
      [
        '图纸、技术文件集中存储，权限分级',
        'store drawings and technical files centrally with role-based access',
      ],
      [
        '设计 BOM 一键生成，变更自动通知生产和采购',
        'generate design BOMs in one click and notify production and purchasing of changes',
      ],
      ['工程变更 ECN 在线审批', 'approve engineering change notices online'],
      ['全文检索，老图纸几秒找到', 'full-text search finds old drawings in seconds'],
      ['与主流 CAD 软件集成', 'integrates with common CAD software'],
    ],
    pains: [
      ['技术员离职，图纸跟着丢', 'drawings leave with the engineers who made them'],
      [
        'BOM 靠 Excel 维护，采购常按旧版下单',
        'BOMs kept in Excel, so purchasing orders from old versions',
      ],
    ],
    results: [
      {
        zh: '找图时间减少 {n}%',
        en: 'time spent searching for drawings fell by {n}%',
        range: [60, 85],
      },
      { zh: 'BOM 准确率提升到 {n}%', en: 'BOM accuracy rose to {n}%', range: [96, 99] },
      {
        zh: '工程变更处理周期缩短 {n}%',
        en: 'engineering change lead time fell by {n}%',
        range: [30, 55],
      },
    ],
    tags: ['BOM 管理', '权限管控'],
  },
  {
    id: 'cpq',
    names: [
      ['产品选配报价 CPQ', 'Configure-Price-Quote (CPQ)'],
      ['非标产品快速报价', 'Rapid Quoting for Custom Products'],
    ],
    kind: 'saas',
    scenarios: ['marketing', 'product_design'],
    stages: [2, 3],
    deployments: ['public_cloud'],
    delivery: [5, 15],
    price: 'suite',
    fit: ['C35', 'C34', 'C21', 'C38', 'C33', 'C22'],
    lead: [
      '一款把选型规则和成本模型固化下来的报价工具',
      'a quoting tool that captures configuration rules and cost models',
    ],
    features: [
      [
        '销售按向导选配，自动校验配置冲突',
        'sales staff configure products with a guided wizard that checks for conflicts',
      ],
      ['按材料、工时和费率自动算价', 'prices calculated from materials, labour hours and rates'],
      [
        '一键生成带公司抬头的报价单和技术协议',
        'branded quotations and technical agreements generated in one click',
      ],
      ['报价审批和折扣权限分级', 'tiered approval and discount limits'],
      ['成交后自动生成订单 BOM', 'order BOMs created automatically once a deal is won'],
    ],
    pains: [
      [
        '一份报价要技术和财务反复算两三天',
        'every quote takes engineering and finance two or three days of back-and-forth',
      ],
      ['报价低了才发现亏本', 'under-priced orders found to lose money only later'],
    ],
    results: [
      {
        zh: '报价周期从平均 3 天缩短到 {n} 小时',
        en: 'quoting time fell from three days on average to {n} hours',
        range: [2, 6],
      },
      { zh: '报价差错率下降 {n}%', en: 'quoting errors fell by {n}%', range: [50, 80] },
      {
        zh: '报价转化率提升 {n} 个百分点',
        en: 'quote-to-order conversion rose by {n} percentage points',
        range: [5, 15],
      },
    ],
    tags: ['销售赋能', '移动端'],
  },
  {
    id: 'plm-capp',
    names: [
      ['工艺管理 PLM/CAPP', 'PLM & CAPP Process Planning'],
      ['工艺路线与 BOP 管理', 'Routing & Bill of Process Manager'],
    ],
    kind: 'saas',
    scenarios: ['process_design', 'product_design'],
    stages: [2, 3, 4],
    deployments: ['public_cloud', 'private', 'hybrid'],
    delivery: [10, 30],
    price: 'platform',
    fit: ['C34', 'C35', 'C36', 'C37', 'C38', 'C33'],
    lead: [
      '一套把产品数据和工艺知识结构化管理的 PLM/CAPP 系统',
      'a PLM/CAPP system that structures product data and process know-how',
    ],
    features: [
      [
        '工艺路线、工序卡片在线编制，可复用典型工艺',
        'author routings and operation sheets online and reuse typical processes',
      ],
      ['工时定额和材料定额自动汇总', 'standard times and material allowances summed automatically'],
      [
        '设计 BOM 转制造 BOM，工艺变更全程可追溯',
        'turn design BOMs into manufacturing BOMs with fully traceable process changes',
      ],
      ['工艺文件下发到车间终端', 'publish process documents to shop-floor terminals'],
      ['与 ERP、MES 对接工艺数据', 'share process data with ERP and MES'],
    ],
    pains: [
      [
        '工艺卡片手写，老师傅的经验传不下去',
        'hand-written process cards and know-how that never gets passed on',
      ],
      [
        '设计改了，车间还按老工艺做',
        'design changes while the shop floor keeps using the old process',
      ],
    ],
    results: [
      {
        zh: '工艺编制效率提升 {n}%',
        en: 'process-planning productivity rose by {n}%',
        range: [35, 60],
      },
      {
        zh: '因工艺错误造成的质量问题减少 {n}%',
        en: 'quality issues from process errors fell by {n}%',
        range: [30, 55],
      },
      {
        zh: '新员工独立上岗时间缩短 {n}%',
        en: 'time for new staff to work independently fell by {n}%',
        range: [25, 45],
      },
    ],
    tags: ['工艺知识库', 'BOM 管理'],
  },
  {
    id: 'esop',
    names: [
      ['电子作业指导书 ESOP', 'Digital Work Instructions (ESOP)'],
      ['工位无纸化 SOP 看板', 'Paperless Workstation SOP Boards'],
    ],
    kind: 'saas',
    scenarios: ['process_design', 'production_control'],
    stages: [1, 2],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [2, 7],
    price: 'tool',
    fit: ['C39', 'C38', 'C36', 'C29', 'C24', 'C40'],
    lead: [
      '一款把作业指导书搬上工位屏幕的轻量化应用',
      'a lightweight app that puts work instructions on workstation screens',
    ],
    features: [
      [
        'SOP 图片、视频和 PDF 一键推送到工位平板',
        'push SOP images, videos and PDFs to workstation tablets in one click',
      ],
      [
        '换线时按产品型号自动切换',
        'instructions switch automatically by product model at changeover',
      ],
      ['版本受控，旧版自动下线', 'version control retires old instructions automatically'],
      [
        '员工扫码确认已读，培训有记录',
        'operators confirm by scan that they read them, leaving a training record',
      ],
      ['支持普通电视和安卓一体机作为终端', 'ordinary TVs and Android panels work as terminals'],
    ],
    pains: [
      [
        '纸质 SOP 挂在工位，改一次要重新打印几十份',
        'paper SOPs hang at every station and dozens are reprinted for each change',
      ],
      ['新员工看不懂文字版作业指导', 'new operators cannot follow text-only instructions'],
    ],
    results: [
      {
        zh: '每年节省打印和塑封费用约 {n} 千元',
        en: 'printing and laminating costs fell by about ¥{n},000 a year',
        range: [8, 30],
      },
      {
        zh: '换线准备时间缩短 {n}%',
        en: 'changeover preparation time fell by {n}%',
        range: [20, 40],
      },
      {
        zh: '作业错误导致的不良下降 {n}%',
        en: 'defects caused by wrong operations fell by {n}%',
        range: [25, 50],
      },
    ],
    tags: ['无纸化', '开箱即用'],
  },
  {
    id: 'crm',
    names: [
      ['客户关系管理 CRM', 'CRM for Manufacturers'],
      ['销售管理 CRM 制造业版', 'Sales CRM for Industry'],
      ['外贸客户管理 CRM', 'Export Sales CRM'],
    ],
    kind: 'saas',
    scenarios: ['marketing'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [1, 5],
    price: 'tool',
    fit: [],
    lead: [
      '一套适合工业品 B2B 销售的客户与商机管理工具',
      'a customer and opportunity tool made for industrial B2B sales',
    ],
    features: [
      [
        '客户、联系人、拜访记录集中管理，业务员离职客户不丢',
        'keep customers, contacts and visits in one place so they stay when a salesperson leaves',
      ],
      [
        '商机按阶段推进，赢单率一目了然',
        'move opportunities through stages and see win rates at a glance',
      ],
      ['报价、合同、回款全流程跟踪', 'track quotes, contracts and collections end to end'],
      ['手机端外勤签到和拜访日报', 'mobile field check-ins and visit reports'],
      ['销售漏斗和业绩排行自动统计', 'sales funnel and leaderboards calculated automatically'],
    ],
    pains: [
      [
        '客户资源都在业务员个人手机里',
        'customer relationships live in salespeople’s personal phones',
      ],
      ['老板不知道每个商机进行到哪一步', 'the owner cannot see where each deal stands'],
      ['回款逾期要到月底对账才发现', 'overdue payments surface only at month-end reconciliation'],
    ],
    results: [
      {
        zh: '客户跟进及时率提升到 {n}%',
        en: 'timely customer follow-up rose to {n}%',
        range: [85, 97],
      },
      { zh: '应收账款逾期金额下降 {n}%', en: 'overdue receivables fell by {n}%', range: [20, 45] },
      { zh: '销售人均产出提升 {n}%', en: 'sales per rep rose by {n}%', range: [10, 28] },
    ],
    tags: ['移动端', '销售管理'],
  },
  {
    id: 'b2b-mall',
    names: [
      ['经销商订货小程序', 'Dealer Ordering Mini-program'],
      ['B2B 订货商城', 'B2B Ordering Store'],
    ],
    kind: 'saas',
    scenarios: ['marketing', 'warehouse_logistics'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [1, 5],
    price: 'tool',
    fit: ['C13', 'C14', 'C15', 'C24', 'C41', 'F51', 'C18'],
    lead: [
      '一款让经销商和老客户在手机上自助下单的订货工具',
      'an ordering tool that lets dealers and repeat customers order by phone',
    ],
    features: [
      [
        '按客户等级显示不同价格和起订量',
        'show prices and minimum order quantities by customer tier',
      ],
      [
        '在线下单、在线付款，订单自动进入仓库发货',
        'order and pay online, with orders flowing straight to the warehouse',
      ],
      ['新品上新和促销活动一键推送', 'announce new products and promotions in one click'],
      [
        '物流单号自动回传，客户随时查',
        'tracking numbers sent back automatically for customers to check',
      ],
      ['客户欠款和信用额度实时控制', 'customer balances and credit limits enforced in real time'],
    ],
    pains: [
      [
        '订单靠微信和电话接，抄单常出错',
        'orders arrive by chat and phone and are copied with mistakes',
      ],
      ['不同客户的价格记不清', 'nobody remembers which customer gets which price'],
    ],
    results: [
      { zh: '接单录单工作量减少 {n}%', en: 'order-entry work fell by {n}%', range: [50, 80] },
      {
        zh: '订单差错率降到 {n}‰ 以下',
        en: 'order errors fell below {n} per thousand',
        range: [1, 5],
      },
      {
        zh: '复购客户下单频次提升 {n}%',
        en: 'repeat customers ordered {n}% more often',
        range: [12, 30],
      },
    ],
    tags: ['微信小程序', '移动端'],
  },
  {
    id: 'service-ticket',
    names: [
      ['售后服务工单', 'After-sales Service Tickets'],
      ['报修派工小程序', 'Repair Dispatch Mini-program'],
    ],
    kind: 'saas',
    scenarios: ['after_sales'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [1, 7],
    price: 'tool',
    fit: ['C35', 'C34', 'C38', 'C21', 'C40', 'C43'],
    lead: [
      '一套从客户报修到上门服务、回访评价的售后工单系统',
      'an after-sales ticketing system from customer request to on-site visit and feedback',
    ],
    features: [
      [
        '客户扫设备二维码即可报修，附图片和视频',
        'customers report faults by scanning the machine’s QR code and adding photos or video',
      ],
      ['工单按区域和技能自动派给工程师', 'tickets dispatched automatically by area and skill'],
      [
        '工程师手机签到、填写服务报告、客户电子签字',
        'engineers check in, file service reports and collect e-signatures on their phones',
      ],
      ['备件领用和收费自动记账', 'spare parts and service charges recorded automatically'],
      ['一机一档，服务历史随时可查', 'a record per machine with its full service history'],
    ],
    pains: [
      [
        '客户报修打到老板手机，派工全靠记忆',
        'repair calls go to the owner’s phone and dispatch relies on memory',
      ],
      ['售后费用收不齐、备件去向不明', 'service fees go uncollected and spare parts disappear'],
    ],
    results: [
      { zh: '平均响应时间缩短 {n}%', en: 'average response time fell by {n}%', range: [30, 60] },
      { zh: '客户满意度提升到 {n}%', en: 'customer satisfaction rose to {n}%', range: [90, 98] },
      {
        zh: '售后收费回收率提升 {n} 个百分点',
        en: 'after-sales fee collection rose by {n} percentage points',
        range: [10, 25],
      },
    ],
    tags: ['移动端', '微信小程序'],
  },
  {
    id: 'remote-om',
    names: [
      ['设备远程运维平台', 'Remote Equipment O&M Platform'],
      ['售出设备物联网监控', 'IoT Monitoring for Sold Equipment'],
    ],
    kind: 'saas',
    scenarios: ['after_sales', 'equipment', 'device_connectivity'],
    stages: [3, 4],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [10, 30],
    price: 'platform',
    fit: ['C35', 'C34', 'C38', 'C40'],
    lead: [
      '一个让设备制造商远程看护已售设备的物联网平台',
      'an IoT platform that lets machine builders watch over the equipment they have sold',
    ],
    features: [
      [
        '设备运行参数、报警和位置实时上云',
        'running data, alarms and locations of machines streamed to the cloud',
      ],
      ['远程诊断和程序升级，减少出差', 'remote diagnosis and program updates reduce travel'],
      [
        '按运行小时提醒保养，备件提前备货',
        'maintenance reminders by running hours and spare parts prepared in advance',
      ],
      [
        '客户门户查看设备状态和服务记录',
        'a customer portal shows machine status and service history',
      ],
      ['可开放数据接口给经销商', 'data interfaces can be opened to distributors'],
    ],
    pains: [
      [
        '设备卖出去就失联，故障全靠客户描述',
        'machines go dark once sold and faults rely on customers’ descriptions',
      ],
      [
        '工程师出差成本高、一次修不好',
        'costly service trips that often fail to fix the problem first time',
      ],
    ],
    results: [
      {
        zh: '现场服务出差次数减少 {n}%',
        en: 'on-site service trips fell by {n}%',
        range: [25, 50],
      },
      { zh: '一次修复率提升到 {n}%', en: 'first-time fix rate rose to {n}%', range: [80, 93] },
      {
        zh: '备件和服务收入增长 {n}%',
        en: 'spare-part and service revenue grew by {n}%',
        range: [15, 35],
      },
    ],
    tags: ['物联网', '服务型制造'],
  },
  {
    id: 'cloud-mes',
    names: [
      ['云MES 轻量版', 'Cloud MES Lite'],
      ['轻量化生产执行系统', 'Lightweight MES'],
      ['车间数字化管理 MES', 'Shop-floor Digital MES'],
    ],
    kind: 'saas',
    scenarios: ['production_control', 'quality'],
    stages: [2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [7, 21],
    price: 'suite',
    fit: [],
    lead: [
      '一套按需订阅的轻量化生产执行系统',
      'a subscription-based lightweight manufacturing execution system',
    ],
    features: [
      [
        '生产工单下达到班组，扫码开工和报工',
        'issue work orders to teams, who start and report jobs by scanning',
      ],
      [
        '工序进度、在制品和完工数量实时看板',
        'live boards show operation progress, WIP and completed quantities',
      ],
      ['首检、巡检和完工检验在线记录', 'record first-article, patrol and final inspections online'],
      ['不良品登记和返工流程闭环', 'close the loop on defect registration and rework'],
      [
        '批次追溯：从成品追到原料和工序',
        'batch traceability from finished goods back to materials and operations',
      ],
      ['可与进销存、ERP 和财务软件对接', 'connects to inventory, ERP and accounting software'],
    ],
    pains: [
      [
        '订单交期经常延误，车间进度靠电话问',
        'orders run late and shop-floor progress is chased by phone',
      ],
      ['报工靠纸质单据，月底统计要好几天', 'paper job tickets take days to add up at month end'],
      [
        '出了质量问题查不到是哪一批、哪台机',
        'quality problems cannot be traced to a batch or machine',
      ],
    ],
    results: [
      { zh: '订单准时交付率提升到 {n}%', en: 'on-time delivery rose to {n}%', range: [88, 97] },
      { zh: '报工统计工作量减少 {n}%', en: 'job-reporting admin fell by {n}%', range: [60, 85] },
      { zh: '在制品库存下降 {n}%', en: 'WIP inventory fell by {n}%', range: [15, 30] },
      {
        zh: '质量问题追溯时间从半天缩短到 {n} 分钟',
        en: 'tracing a quality issue went from half a day to {n} minutes',
        range: [5, 20],
      },
    ],
    tags: ['MES', '扫码报工'],
  },
  {
    id: 'scan-report',
    names: [
      ['扫码报工小程序', 'Scan-to-Report Mini-program'],
      ['车间报工与工资小助手', 'Shop-floor Reporting & Pay Helper'],
    ],
    kind: 'saas',
    scenarios: ['production_control'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [0, 3],
    price: 'tool',
    fit: [],
    lead: [
      '一款用手机扫码代替纸质流转卡的报工工具',
      'a reporting tool that replaces paper job travellers with phone scans',
    ],
    features: [
      [
        '打印带二维码的流转卡，工人扫码即报工',
        'print job travellers with QR codes and let workers report by scanning',
      ],
      [
        '老板手机上随时看订单做到哪道工序',
        'owners see on their phones which operation each order has reached',
      ],
      ['报工数据自动汇总成计件工资', 'reported output rolls up into piece-rate pay automatically'],
      ['不良数和原因随手登记', 'log defect counts and causes on the spot'],
      ['零培训，会用微信就会用', 'no training needed: anyone who uses WeChat can use it'],
    ],
    pains: [
      [
        '订单做到哪一步要跑车间去问',
        'someone has to walk the shop floor to find out where an order is',
      ],
      ['工人报的数量和实际对不上', 'reported quantities never match reality'],
    ],
    results: [
      {
        zh: '统计员工作量减少 {n}%',
        en: 'clerical work for statisticians fell by {n}%',
        range: [50, 80],
      },
      {
        zh: '订单进度查询从平均 30 分钟缩短到 {n} 分钟',
        en: 'checking an order’s progress went from 30 minutes to {n} minutes',
        range: [1, 3],
      },
      { zh: '计件工资争议减少 {n}%', en: 'piece-rate pay disputes fell by {n}%', range: [60, 90] },
    ],
    tags: ['微信小程序', '开箱即用'],
  },
  {
    id: 'aps',
    names: [
      ['智能排产 APS', 'Smart Scheduling APS'],
      ['高级计划与排程 APS 云', 'Cloud Advanced Planning & Scheduling'],
    ],
    kind: 'saas',
    scenarios: ['planning_scheduling', 'production_control'],
    stages: [3, 4],
    deployments: ['public_cloud', 'private', 'hybrid'],
    delivery: [15, 45],
    price: 'platform',
    fit: ['C34', 'C36', 'C29', 'C39', 'C17', 'C18', 'C21', 'C33', 'C38'],
    lead: ['一套基于有限产能的智能排产系统', 'a finite-capacity scheduling system'],
    features: [
      [
        '按设备产能、模具、人员和物料约束自动排产',
        'schedule automatically against machine, tooling, labour and material constraints',
      ],
      [
        '插单、急单一键重排，影响订单自动提示',
        'reschedule rush orders in one click and flag the orders affected',
      ],
      [
        '甘特图拖拽微调，计划下发到车间终端',
        'fine-tune on a drag-and-drop Gantt chart and publish to shop-floor terminals',
      ],
      ['物料齐套分析，提前预警缺料', 'material-kitting analysis warns of shortages in advance'],
      [
        '交期承诺模拟，销售接单心里有数',
        'delivery-date simulation helps sales promise realistically',
      ],
    ],
    pains: [
      [
        '计划员用 Excel 排产，一插单就全乱',
        'planners schedule in Excel and every rush order wrecks the plan',
      ],
      ['设备忙闲不均，交期承诺靠拍脑袋', 'machines are unevenly loaded and due dates are guesses'],
    ],
    results: [
      {
        zh: '排产时间从每天 {n} 小时缩短到 30 分钟',
        en: 'daily scheduling time fell from {n} hours to 30 minutes',
        range: [3, 6],
      },
      {
        zh: '设备综合利用率提升 {n} 个百分点',
        en: 'overall equipment utilisation rose by {n} percentage points',
        range: [8, 18],
      },
      { zh: '订单准时交付率提升到 {n}%', en: 'on-time delivery rose to {n}%', range: [90, 98] },
    ],
    tags: ['APS', '有限产能排程'],
  },
  {
    id: 'mrp',
    names: [
      ['生产计划与物料需求 MRP', 'Production Planning & MRP'],
      ['计划物控一体化', 'Planning & Material Control Suite'],
    ],
    kind: 'saas',
    scenarios: ['planning_scheduling', 'procurement'],
    stages: [2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [7, 20],
    price: 'suite',
    fit: [],
    lead: [
      '一套把销售订单转成生产计划和采购需求的计划物控工具',
      'a planning tool that turns sales orders into production plans and purchase requirements',
    ],
    features: [
      [
        '按 BOM 和库存自动计算物料净需求',
        'calculate net material requirements from BOMs and stock',
      ],
      [
        '主生产计划按周滚动，产能负荷可视化',
        'roll the master schedule weekly and visualise capacity load',
      ],
      [
        '自动生成采购建议和委外建议',
        'generate purchase and subcontracting proposals automatically',
      ],
      ['缺料预警推送到采购员手机', 'shortage alerts pushed to buyers’ phones'],
      ['计划达成率自动统计', 'plan attainment tracked automatically'],
    ],
    pains: [
      [
        '经常缺料停线，同时仓库里又有呆滞料',
        'lines stop for missing parts while slow-moving stock piles up',
      ],
      [
        '计划靠经验，采购下单慢半拍',
        'plans rely on experience and purchase orders are always late',
      ],
    ],
    results: [
      {
        zh: '缺料停线次数减少 {n}%',
        en: 'line stops for missing material fell by {n}%',
        range: [40, 70],
      },
      {
        zh: '原材料库存周转天数缩短 {n} 天',
        en: 'raw-material days of stock fell by {n} days',
        range: [6, 20],
      },
      { zh: '计划达成率提升到 {n}%', en: 'plan attainment rose to {n}%', range: [85, 95] },
    ],
    tags: ['MRP', '物料齐套'],
  },
  {
    id: 'qms-trace',
    names: [
      ['质量追溯系统', 'Quality Traceability System'],
      ['一物一码质量追溯', 'Item-level Quality Traceability'],
    ],
    kind: 'saas',
    scenarios: ['quality'],
    stages: [2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [7, 20],
    price: 'suite',
    fit: ['C36', 'C13', 'C14', 'C27', 'C38', 'C39', 'C26', 'C15'],
    lead: [
      '一套覆盖原料、过程和成品的质量追溯系统',
      'a traceability system covering materials, processes and finished goods',
    ],
    features: [
      ['原料入厂批次与供应商绑定', 'link incoming material batches to their suppliers'],
      [
        '关键工序参数和操作人员自动记录',
        'record key process parameters and operators automatically',
      ],
      [
        '成品赋码，正查反查一秒出结果',
        'mark finished goods so forward and backward traces take a second',
      ],
      ['客户投诉一键定位影响范围', 'pin down the scope of a customer complaint in one click'],
      ['追溯报告按客户格式导出', 'export traceability reports in each customer’s format'],
    ],
    pains: [
      [
        '客户投诉时说不清问题批次和影响范围',
        'a complaint arrives and nobody can tell which batch or how many units are affected',
      ],
      ['召回时只能大范围全部召回', 'recalls have to be broad because nothing narrows them down'],
    ],
    results: [
      {
        zh: '追溯查询时间从 {n} 小时缩短到 1 分钟内',
        en: 'a trace took {n} hours before and under a minute now',
        range: [3, 8],
      },
      { zh: '客诉处理周期缩短 {n}%', en: 'complaint handling time fell by {n}%', range: [40, 65] },
      {
        zh: '顺利通过客户二方审核 {n} 次',
        en: '{n} customer audits were passed with no traceability findings',
        range: [2, 6],
      },
    ],
    tags: ['一物一码', '质量追溯'],
  },
  {
    id: 'spc',
    names: [
      ['质检数字化 SPC', 'Digital Inspection & SPC'],
      ['在线检验与统计过程控制', 'Online Inspection & SPC'],
    ],
    kind: 'saas',
    scenarios: ['quality'],
    stages: [2, 3, 4],
    deployments: ['public_cloud', 'private', 'hybrid'],
    delivery: [5, 15],
    price: 'suite',
    fit: ['C36', 'C34', 'C29', 'C33', 'C39', 'C40', 'C38'],
    lead: [
      '一套把检验记录、量具数据和 SPC 分析放在一起的质量工具',
      'a quality tool that brings inspection records, gauge data and SPC together',
    ],
    features: [
      [
        '检验标准和抽样方案电子化，平板上按步骤检验',
        'digitise inspection standards and sampling plans and guide inspectors step by step on tablets',
      ],
      ['数显量具蓝牙直连，测量值自动录入', 'Bluetooth gauges enter measurements automatically'],
      [
        '控制图实时判异，超差立即报警',
        'control charts flag out-of-control points and alarm at once',
      ],
      ['CPK 和不良柏拉图自动生成', 'CPK and defect Pareto charts generated automatically'],
      ['8D 和纠正预防措施在线跟踪', 'track 8D reports and corrective actions online'],
    ],
    pains: [
      [
        '检验数据记在纸上，SPC 只是为了应付审核',
        'inspection data stays on paper and SPC exists only for audits',
      ],
      ['批量不良发现晚，损失大', 'batch defects are found too late and cost a lot'],
    ],
    results: [
      { zh: '过程不良率下降 {n}%', en: 'in-process defect rate fell by {n}%', range: [20, 45] },
      {
        zh: '检验记录录入时间减少 {n}%',
        en: 'time to record inspections fell by {n}%',
        range: [50, 75],
      },
      {
        zh: '关键特性 CPK≥1.33 的占比提升到 {n}%',
        en: 'the share of key characteristics with CPK ≥ 1.33 rose to {n}%',
        range: [85, 97],
      },
    ],
    tags: ['SPC', '质量管理'],
  },
  {
    id: 'ai-vision',
    names: [
      ['AI 视觉质检一体机', 'AI Visual Inspection Unit'],
      ['表面缺陷智能检测站', 'Smart Surface-defect Inspection Station'],
    ],
    kind: 'hardware',
    scenarios: ['quality', 'device_connectivity'],
    stages: [3, 4],
    deployments: ['hybrid'],
    delivery: [15, 45],
    price: 'hardware',
    priceStart: 7,
    fit: ['C39', 'C29', 'C33', 'C17', 'C22', 'C30', 'C36'],
    lead: [
      '一套相机、光源、工控机和缺陷识别模型打包的视觉检测设备',
      'a visual inspection unit bundling cameras, lighting, an industrial PC and defect-recognition models',
    ],
    features: [
      ['少量样本即可训练缺陷模型', 'train defect models from a small number of samples'],
      ['产线在线检测，不良品自动剔除', 'inspect inline and reject defective parts automatically'],
      [
        '缺陷图片和统计自动上传云端',
        'upload defect images and statistics to the cloud automatically',
      ],
      [
        '模型可远程迭代，换型不换硬件',
        'update models remotely so new products need no new hardware',
      ],
      ['提供租赁方式，降低一次性投入', 'available on lease to cut up-front cost'],
    ],
    pains: [
      ['人工目检容易疲劳漏检', 'manual visual checks miss defects when inspectors tire'],
      ['质检岗位招工难、流失快', 'inspection jobs are hard to fill and keep'],
    ],
    results: [
      { zh: '漏检率降到 {n}‰ 以下', en: 'escape rate fell below {n} per thousand', range: [1, 5] },
      {
        zh: '每条线节省质检人员 {n} 名',
        en: 'each line needed {n} fewer inspectors',
        range: [2, 5],
      },
      {
        zh: '投资回收期约 {n} 个月',
        en: 'the investment paid back in about {n} months',
        range: [8, 16],
      },
    ],
    tags: ['AI 质检', '硬件+软件'],
  },
  {
    id: 'proc-param',
    names: [
      ['工艺参数管理与防错', 'Process Parameter Control & Poka-yoke'],
      ['配方与工艺参数云', 'Recipe & Process Parameter Cloud'],
    ],
    kind: 'saas',
    scenarios: ['process_design', 'quality', 'device_connectivity'],
    stages: [2, 3],
    deployments: ['hybrid', 'private'],
    delivery: [10, 25],
    price: 'suite',
    fit: ['C29', 'C26', 'C14', 'C27', 'C30', 'C28'],
    lead: [
      '一套把工艺参数标准下发到设备并实时比对的防错系统',
      'a poka-yoke system that sends standard process parameters to machines and checks them live',
    ],
    features: [
      ['标准工艺参数按产品和模具统一管理', 'manage standard parameters by product and tool'],
      [
        '开机自动比对实际参数，偏离即报警',
        'compare actual settings at start-up and alarm on deviation',
      ],
      ['参数修改需授权并留痕', 'parameter changes need authorisation and leave a trail'],
      ['配方加密保存，按权限查看', 'recipes stored encrypted and visible by role'],
      [
        '参数与质量数据关联分析，找出最优工艺窗口',
        'correlate parameters with quality to find the best process window',
      ],
    ],
    pains: [
      ['调机师傅随意改参数，品质时好时坏', 'setters change parameters at will and quality swings'],
      ['核心配方只在个别人手里', 'key recipes are known only to one or two people'],
    ],
    results: [
      {
        zh: '因参数错误造成的批量不良减少 {n}%',
        en: 'batch defects from wrong parameters fell by {n}%',
        range: [50, 80],
      },
      { zh: '调机时间缩短 {n}%', en: 'set-up time fell by {n}%', range: [20, 40] },
      {
        zh: '一次合格率提升 {n} 个百分点',
        en: 'first-pass yield rose by {n} percentage points',
        range: [2, 6],
      },
    ],
    tags: ['防错', '工艺知识库'],
  },
  {
    id: 'equip-check',
    names: [
      ['设备点检小程序', 'Equipment Inspection Mini-program'],
      ['设备点巡检与保养助手', 'Equipment Checks & Maintenance Helper'],
    ],
    kind: 'saas',
    scenarios: ['equipment'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [0, 3],
    price: 'tool',
    fit: [],
    lead: [
      '一款用手机完成设备点检、报修和保养的轻应用',
      'a light app for equipment checks, repair requests and maintenance on the phone',
    ],
    features: [
      [
        '一机一码，扫码查看设备台账和点检项目',
        'one QR code per machine shows its records and checklist',
      ],
      ['点检漏检自动提醒班组长', 'missed checks are flagged to the team leader automatically'],
      [
        '故障拍照报修，维修工抢单或派单',
        'report faults with photos and let technicians claim or be assigned jobs',
      ],
      ['保养计划到期自动生成工单', 'maintenance plans create work orders when due'],
      ['备件出入库和更换记录', 'record spare-part movements and replacements'],
    ],
    pains: [
      [
        '点检表挂在设备上，打勾全靠自觉',
        'paper checklists hang on machines and ticking them is optional',
      ],
      [
        '设备坏了才修，维修记录找不到',
        'machines are fixed only after they break and nobody finds the repair history',
      ],
    ],
    results: [
      {
        zh: '点检执行率从不足六成提升到 {n}%',
        en: 'check completion rose from under 60% to {n}%',
        range: [92, 99],
      },
      { zh: '设备故障停机时间减少 {n}%', en: 'breakdown downtime fell by {n}%', range: [20, 40] },
      { zh: '维修响应时间缩短 {n}%', en: 'repair response time fell by {n}%', range: [30, 55] },
    ],
    tags: ['微信小程序', '一机一码'],
  },
  {
    id: 'oee',
    names: [
      ['设备 OEE 看板', 'Equipment OEE Dashboard'],
      ['设备效率分析云', 'Equipment Efficiency Analytics'],
    ],
    kind: 'saas',
    scenarios: ['equipment', 'device_connectivity', 'decision_support'],
    stages: [2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [5, 15],
    price: 'suite',
    fit: ['C29', 'C34', 'C33', 'C17', 'C39', 'C36', 'C22'],
    lead: [
      '一套自动采集设备状态并计算 OEE 的效率分析工具',
      'an efficiency tool that collects machine states and calculates OEE automatically',
    ],
    features: [
      ['采集开机、待机、停机和报警状态', 'capture running, idle, stopped and alarm states'],
      ['停机原因在终端上一键选择', 'operators pick stoppage reasons on a terminal in one tap'],
      ['OEE、稼动率和产量按班次自动统计', 'OEE, uptime and output calculated per shift'],
      ['车间大屏和手机同步显示', 'shown on shop-floor screens and phones alike'],
      ['损失柏拉图帮助找到改善重点', 'loss Pareto charts show where to improve first'],
    ],
    pains: [
      [
        '设备开机率全凭感觉，买新设备还是加班说不清',
        'uptime is guesswork, so nobody knows whether to buy machines or add shifts',
      ],
      ['停机原因没人记录', 'nobody records why machines stop'],
    ],
    results: [
      { zh: 'OEE 提升 {n} 个百分点', en: 'OEE rose by {n} percentage points', range: [8, 18] },
      { zh: '非计划停机减少 {n}%', en: 'unplanned stops fell by {n}%', range: [20, 40] },
      {
        zh: '推迟新增设备投资约 {n} 万元',
        en: 'about ¥{n}0,000 of new machine investment was deferred',
        range: [50, 200],
      },
    ],
    tags: ['OEE', '设备联网'],
  },
  {
    id: 'safety-patrol',
    names: [
      ['安全生产巡检', 'Safety Patrol & Hazard Tracking'],
      ['隐患随手拍小程序', 'Snap-a-Hazard Mini-program'],
    ],
    kind: 'saas',
    scenarios: ['safety'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [0, 5],
    price: 'tool',
    fit: [],
    lead: [
      '一款让安全检查和隐患整改形成闭环的移动应用',
      'a mobile app that closes the loop on safety checks and hazard fixes',
    ],
    features: [
      [
        '按区域和岗位配置巡检路线与检查表',
        'configure patrol routes and checklists by area and job',
      ],
      [
        '员工随手拍隐患，自动派给责任人整改',
        'anyone can photograph a hazard and it goes to the owner for fixing',
      ],
      ['整改超期自动升级提醒', 'overdue fixes escalate automatically'],
      [
        '特种作业票和动火审批在线办理',
        'permits for hot work and other special jobs approved online',
      ],
      [
        '安全台账一键导出，迎检不再临时补资料',
        'export safety records in one click instead of scrambling before inspections',
      ],
    ],
    pains: [
      [
        '安全检查走过场，隐患整改没人跟',
        'safety checks are a formality and nobody follows up fixes',
      ],
      ['迎接安监检查要突击补台账', 'records are patched together before every official inspection'],
    ],
    results: [
      {
        zh: '隐患整改按期完成率提升到 {n}%',
        en: 'on-time hazard fixes rose to {n}%',
        range: [90, 99],
      },
      {
        zh: '安全台账整理时间减少 {n}%',
        en: 'time spent on safety paperwork fell by {n}%',
        range: [60, 85],
      },
      { zh: '轻微工伤事故减少 {n}%', en: 'minor injuries fell by {n}%', range: [30, 60] },
    ],
    tags: ['移动端', '安全合规'],
  },
  {
    id: 'dual-prevention',
    names: [
      ['双重预防机制信息系统', 'Dual-prevention Risk Control System'],
      ['风险分级管控与隐患治理平台', 'Risk Grading & Hazard Management Platform'],
    ],
    kind: 'saas',
    scenarios: ['safety'],
    stages: [2, 3],
    deployments: ['public_cloud', 'private'],
    delivery: [10, 30],
    price: 'suite',
    fit: ['C26', 'C27', 'C30', 'C31', 'C32', 'C33'],
    lead: [
      '一套落实风险分级管控和隐患排查治理双重预防机制的平台',
      'a platform that puts risk grading and hazard management (the “dual prevention” mechanism) into practice',
    ],
    features: [
      [
        '风险点辨识评估，自动生成四色风险分布图',
        'identify and assess risk points and draw the four-colour risk map automatically',
      ],
      ['按风险等级生成排查任务', 'generate inspection tasks by risk level'],
      [
        '重大危险源和有限空间作业重点管控',
        'focus control on major hazards and confined-space work',
      ],
      [
        '数据可按要求对接属地监管平台',
        'data can be connected to local regulators’ platforms as required',
      ],
      ['安全培训和应急演练记录管理', 'manage safety training and emergency drill records'],
    ],
    pains: [
      ['风险辨识做了一本册子，之后再没人看', 'the risk assessment became a binder nobody opens'],
      ['监管部门要求双重预防数据上报', 'regulators require dual-prevention data to be reported'],
    ],
    results: [
      { zh: '风险点覆盖率达到 {n}%', en: 'risk-point coverage reached {n}%', range: [95, 100] },
      { zh: '重大隐患数量下降 {n}%', en: 'major hazards fell by {n}%', range: [40, 70] },
      { zh: '安全检查工作量减少 {n}%', en: 'inspection workload fell by {n}%', range: [25, 45] },
    ],
    tags: ['安全合规', '危化品'],
  },
  {
    id: 'video-safety',
    names: [
      ['AI 视频安全监测', 'AI Video Safety Monitoring'],
      ['智能安防摄像与行为识别套件', 'Smart Camera & Behaviour Recognition Kit'],
    ],
    kind: 'hardware',
    scenarios: ['safety', 'device_connectivity'],
    stages: [2, 3, 4],
    deployments: ['hybrid'],
    delivery: [7, 20],
    price: 'hardware',
    priceStart: 4,
    fit: ['C26', 'C30', 'C31', 'C33', 'G59', 'C22'],
    lead: [
      '一套利用现有摄像头和边缘盒子识别不安全行为的监测方案',
      'a monitoring kit that uses existing cameras and an edge box to spot unsafe behaviour',
    ],
    features: [
      [
        '识别未戴安全帽、未穿反光衣、吸烟和人员闯入',
        'detects missing helmets or vests, smoking and intrusion',
      ],
      ['烟火和叉车超速识别', 'recognises smoke, fire and speeding forklifts'],
      ['报警推送到手机并语音喊话', 'alerts go to phones and trigger voice warnings'],
      [
        '利旧现有摄像头，边缘计算不占带宽',
        're-uses existing cameras; edge computing saves bandwidth',
      ],
      ['报警记录和视频片段自动归档', 'alarms and video clips archived automatically'],
    ],
    pains: [
      ['监控摄像头装了很多，但没人一直盯着看', 'plenty of cameras, but nobody watches them'],
      ['违规作业屡禁不止', 'unsafe practices keep coming back'],
    ],
    results: [
      { zh: '违规行为发生次数下降 {n}%', en: 'unsafe acts fell by {n}%', range: [50, 80] },
      { zh: '安全巡查人力节省 {n}%', en: 'safety patrol manpower fell by {n}%', range: [30, 50] },
      { zh: '报警准确率达到 {n}%', en: 'alarm accuracy reached {n}%', range: [90, 97] },
    ],
    tags: ['边缘计算', '利旧改造'],
  },
  {
    id: 'energy-monitor',
    names: [
      ['能耗在线监测', 'Online Energy Monitoring'],
      ['能源管理云平台', 'Energy Management Cloud'],
    ],
    kind: 'saas',
    scenarios: ['energy'],
    stages: [2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [5, 20],
    price: 'suite',
    fit: ['C26', 'C30', 'C31', 'C32', 'C17', 'C29', 'C13', 'C22'],
    lead: [
      '一套按车间、产线和设备计量分析水电气消耗的能源管理平台',
      'an energy platform that meters and analyses water, power and gas by workshop, line and machine',
    ],
    features: [
      [
        '电、水、气、蒸汽分项计量实时上云',
        'sub-metered power, water, gas and steam streamed to the cloud',
      ],
      [
        '峰谷平用电分析，给出错峰生产建议',
        'peak, flat and valley analysis with load-shifting advice',
      ],
      ['单位产品能耗自动计算', 'energy per unit of output calculated automatically'],
      [
        '空压机、空调等重点设备能效诊断',
        'efficiency diagnosis for compressors, HVAC and other heavy users',
      ],
      ['异常用能和跑冒滴漏报警', 'alarms for abnormal use and leaks'],
    ],
    pains: [
      ['电费每月几十万，却不知道花在哪', 'the power bill is huge and nobody knows where it goes'],
      ['下班后设备空转没人管', 'machines idle after hours with nobody switching them off'],
    ],
    results: [
      { zh: '综合能耗下降 {n}%', en: 'total energy use fell by {n}%', range: [6, 15] },
      {
        zh: '峰时用电占比下降 {n} 个百分点',
        en: 'peak-hour share of power fell by {n} percentage points',
        range: [5, 12],
      },
      { zh: '单位产品电耗降低 {n}%', en: 'power per unit of output fell by {n}%', range: [5, 12] },
    ],
    tags: ['节能降碳', '分项计量'],
  },
  {
    id: 'smart-meter',
    names: [
      ['智能电表与能耗采集套件', 'Smart Meter & Energy Data Kit'],
      ['能耗采集网关套装', 'Energy Data Gateway Bundle'],
    ],
    kind: 'hardware',
    scenarios: ['energy', 'device_connectivity'],
    stages: [1, 2],
    deployments: ['hybrid'],
    delivery: [3, 15],
    price: 'hardware',
    priceStart: 0,
    fit: [],
    lead: [
      '一套即装即用的多回路电表、采集网关和手机看板',
      'a plug-and-play kit of multi-circuit meters, a data gateway and a phone dashboard',
    ],
    features: [
      [
        '导轨式多回路电表，停电半天即可装完',
        'DIN-rail multi-circuit meters installed in half a day of downtime',
      ],
      [
        '4G 网关免布线，数据直接上云',
        'a 4G gateway needs no cabling and sends data straight to the cloud',
      ],
      [
        '手机查看各回路实时功率和日用电量',
        'see live power and daily consumption per circuit on a phone',
      ],
      ['用电异常和超负荷提醒', 'alerts for abnormal use and overloads'],
      ['后续可平滑升级到完整能源管理平台', 'upgrade smoothly to a full energy platform later'],
    ],
    pains: [
      [
        '全厂只有一块总表，分不清谁在用电',
        'one main meter for the whole plant, so nobody knows who uses what',
      ],
      ['想做节能改造却没有基础数据', 'energy projects stall for lack of baseline data'],
    ],
    results: [
      {
        zh: '发现无效用电约占总用电的 {n}%',
        en: 'wasted power turned out to be {n}% of the total',
        range: [5, 12],
      },
      {
        zh: '每年节省电费约 {n} 万元',
        en: 'electricity bills fell by about ¥{n}0,000 a year',
        range: [3, 20],
      },
      {
        zh: '安装调试平均 {n} 天完成',
        en: 'installation and commissioning took {n} days on average',
        range: [1, 3],
      },
    ],
    tags: ['即插即用', '4G 免布线'],
  },
  {
    id: 'carbon',
    names: [
      ['碳排放核算与管理', 'Carbon Accounting & Management'],
      ['产品碳足迹云', 'Product Carbon Footprint Cloud'],
    ],
    kind: 'saas',
    scenarios: ['energy', 'decision_support'],
    stages: [3, 4],
    deployments: ['public_cloud'],
    delivery: [10, 30],
    price: 'platform',
    fit: ['C31', 'C32', 'C30', 'C26', 'C17', 'C38', 'C39'],
    lead: [
      '一套帮助企业核算组织碳排放和产品碳足迹的管理工具',
      'a tool that calculates corporate emissions and product carbon footprints',
    ],
    features: [
      [
        '能源和物料数据自动归集，按核算指南计算排放量',
        'gather energy and material data and calculate emissions per accounting guidelines',
      ],
      [
        '产品碳足迹报告支持出口客户要求',
        'product footprint reports that meet export customers’ requests',
      ],
      ['减排措施和节能项目效果跟踪', 'track emission-reduction measures and energy projects'],
      ['碳排放指标与产值、产量对标分析', 'benchmark emissions against output and revenue'],
      [
        '一键生成绿色工厂申报所需数据',
        'produce the data needed for green-factory applications in one click',
      ],
    ],
    pains: [
      ['海外客户要求提供产品碳足迹', 'overseas customers ask for product carbon footprints'],
      ['碳排放数据靠外包机构一年算一次', 'emissions are calculated once a year by consultants'],
    ],
    results: [
      { zh: '碳核算工作量减少 {n}%', en: 'carbon-accounting work fell by {n}%', range: [50, 80] },
      {
        zh: '单位产值碳排放下降 {n}%',
        en: 'emissions per unit of output value fell by {n}%',
        range: [5, 12],
      },
      {
        zh: '{n} 天内出具首份产品碳足迹报告',
        en: 'the first product footprint report was delivered within {n} days',
        range: [10, 30],
      },
    ],
    tags: ['节能降碳', '绿色制造'],
  },
];
