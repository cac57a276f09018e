import type { Archetype } from './types.js';

/** Archetypes for the supply-chain and management scenarios. */
export const BUSINESS_ARCHETYPES: readonly Archetype[] = [
  {
    id: 'srm',
    names: [
      ['采购协同 SRM', 'Supplier Collaboration SRM'],
      ['供应商协同门户', 'Supplier Collaboration Portal'],
    ],
    kind: 'saas',
    scenarios: ['procurement'],
    stages: [2, 3, 4],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [7, 30],
    price: 'suite',
    fit: ['C36', 'C38', 'C39', 'C34', 'C35', 'C33'],
    lead: [
      '一个连接企业与供应商的采购协同平台',
      'a procurement platform that connects a firm with its suppliers',
    ],
    features: [
      [
        '询价、比价、定标在线完成，过程可追溯',
        'request, compare and award quotes online with a full trail',
      ],
      [
        '采购订单在线下达，供应商在线确认交期',
        'send purchase orders online and let suppliers confirm dates',
      ],
      [
        '送货单和条码由供应商打印，收货扫码即入库',
        'suppliers print delivery notes and labels so goods are received by scanning',
      ],
      [
        '对账和发票在线协同，减少来回核对',
        'reconcile statements and invoices online without back-and-forth',
      ],
      ['供应商交付和质量绩效自动评分', 'score supplier delivery and quality automatically'],
    ],
    pains: [
      [
        '采购靠电话和表格催货，交期说变就变',
        'buyers chase deliveries by phone and spreadsheets while dates keep slipping',
      ],
      [
        '每月和上百家供应商对账要一周',
        'monthly reconciliation with a hundred suppliers takes a week',
      ],
    ],
    results: [
      { zh: '采购对账时间缩短 {n}%', en: 'reconciliation time fell by {n}%', range: [50, 75] },
      {
        zh: '供应商准时交付率提升到 {n}%',
        en: 'supplier on-time delivery rose to {n}%',
        range: [88, 97],
      },
      { zh: '采购成本下降 {n}%', en: 'purchasing costs fell by {n}%', range: [3, 8] },
    ],
    tags: ['供应链协同', '电子对账'],
  },
  {
    id: 'jxc',
    names: [
      ['进销存 SaaS', 'Inventory, Purchasing & Sales SaaS'],
      ['工贸进销存管家', 'Trade & Stock Manager'],
      ['小微企业进销存', 'Stock & Sales for Small Firms'],
    ],
    kind: 'saas',
    scenarios: ['procurement', 'warehouse_logistics', 'marketing'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [0, 3],
    price: 'tool',
    fit: ['F51', 'C41', 'C24', 'C14', 'C18', 'C33'],
    lead: [
      '一款把采购、销售、库存和往来账管在一起的进销存软件',
      'a stock-and-sales app that keeps purchasing, sales, inventory and accounts together',
    ],
    features: [
      [
        '采购入库、销售出库、库存实时联动',
        'purchases, sales and stock update one another in real time',
      ],
      [
        '应收应付和客户欠款自动汇总',
        'receivables, payables and customer balances summed automatically',
      ],
      ['手机开单、扫码出入库', 'create orders on a phone and scan goods in and out'],
      ['库存预警和滞销品分析', 'stock alerts and slow-mover analysis'],
      [
        '一键生成凭证，对接主流财务软件',
        'create vouchers in one click for common accounting software',
      ],
    ],
    pains: [
      ['库存靠手工账，盘点总是对不上', 'stock is kept by hand and never matches at stock-taking'],
      [
        '客户欠多少钱要翻好几本账',
        'finding what a customer owes means leafing through several ledgers',
      ],
    ],
    results: [
      { zh: '库存准确率提升到 {n}%', en: 'inventory accuracy rose to {n}%', range: [95, 99] },
      { zh: '开单效率提升 {n}%', en: 'order entry became {n}% faster', range: [40, 70] },
      { zh: '呆滞库存减少 {n}%', en: 'obsolete stock fell by {n}%', range: [15, 35] },
    ],
    tags: ['移动端', '开箱即用'],
  },
  {
    id: 'wms',
    names: [
      ['仓储 WMS 扫码版', 'Barcode WMS'],
      ['智能仓储管理 WMS', 'Smart Warehouse Management WMS'],
    ],
    kind: 'saas',
    scenarios: ['warehouse_logistics'],
    stages: [1, 2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [3, 15],
    price: 'suite',
    fit: ['C39', 'C36', 'C13', 'C14', 'F51', 'G59', 'C38', 'C29'],
    lead: [
      '一套用条码和 PDA 管理收、存、拣、发的仓储系统',
      'a warehouse system that manages receiving, storage, picking and shipping with barcodes and handhelds',
    ],
    features: [
      [
        '物料贴码入库，库位精确到货架格',
        'label materials on receipt and track them down to shelf slots',
      ],
      ['先进先出和批次效期自动提示', 'FIFO and batch expiry enforced automatically'],
      ['按波次和路径生成拣货任务', 'picking tasks by wave and route'],
      [
        '生产领料和成品入库与车间联动',
        'material issues and finished-goods receipts linked to the shop floor',
      ],
      ['循环盘点，无需停工全盘', 'cycle counting without shutting down for a full count'],
    ],
    pains: [
      ['仓库找料靠老员工记忆', 'finding material depends on veteran staff’s memory'],
      ['发错货、漏发货客户投诉多', 'wrong and missing shipments cause complaints'],
    ],
    results: [
      { zh: '拣货效率提升 {n}%', en: 'picking productivity rose by {n}%', range: [30, 60] },
      { zh: '发货差错率下降 {n}%', en: 'shipping errors fell by {n}%', range: [70, 95] },
      {
        zh: '盘点时间从两天缩短到 {n} 小时',
        en: 'stock-taking went from two days to {n} hours',
        range: [2, 6],
      },
    ],
    tags: ['PDA 扫码', '条码管理'],
  },
  {
    id: 'pda-kit',
    names: [
      ['PDA 扫码终端套装', 'Handheld Scanner Bundle'],
      ['条码打印与扫码一体套装', 'Label Printing & Scanning Bundle'],
    ],
    kind: 'hardware',
    scenarios: ['warehouse_logistics', 'production_control'],
    stages: [1, 2],
    deployments: ['hybrid'],
    delivery: [2, 7],
    price: 'hardware',
    priceStart: 1,
    fit: [],
    lead: [
      '一套工业级手持终端、标签打印机和配套应用的组合',
      'a bundle of rugged handhelds, label printers and the matching app',
    ],
    features: [
      [
        '工业级三防手持终端，跌落不怕、戴手套可操作',
        'rugged handhelds that survive drops and work with gloves on',
      ],
      [
        '标签模板预置，连上就能打印物料码和箱码',
        'preset templates print material and carton labels out of the box',
      ],
      [
        '预装常用进销存、WMS 和 MES 扫码应用',
        'preinstalled scan apps for common stock, WMS and MES software',
      ],
      ['设备远程管理和应用统一推送', 'remote device management and app distribution'],
      ['两年质保，坏机次日换新', 'two-year warranty with next-day replacement'],
    ],
    pains: [
      [
        '买了软件却没有合适的扫码设备',
        'the software is bought but there is no suitable scanning hardware',
      ],
      ['消费级手机在车间里摔坏得快', 'consumer phones break fast on the shop floor'],
    ],
    results: [
      { zh: '单据录入时间减少 {n}%', en: 'document entry time fell by {n}%', range: [50, 80] },
      { zh: '终端故障率下降 {n}%', en: 'device failures fell by {n}%', range: [60, 85] },
      {
        zh: '平均 {n} 天完成全部终端部署',
        en: 'all devices were deployed in {n} days on average',
        range: [1, 3],
      },
    ],
    tags: ['即插即用', '硬件+软件'],
  },
  {
    id: 'tms',
    names: [
      ['物流运输管理 TMS', 'Transport Management TMS'],
      ['送货调度与回单小程序', 'Delivery Dispatch & POD Mini-program'],
    ],
    kind: 'saas',
    scenarios: ['warehouse_logistics'],
    stages: [2, 3],
    deployments: ['public_cloud'],
    delivery: [3, 10],
    price: 'tool',
    fit: ['C30', 'C13', 'C14', 'C21', 'F51', 'G59', 'C22'],
    lead: [
      '一款管理自有车辆和承运商送货的运输管理工具',
      'a transport tool for own vehicles and contracted carriers',
    ],
    features: [
      ['订单按线路自动拼车配载', 'group orders into loads by route automatically'],
      [
        '司机手机接单、导航和拍照回单',
        'drivers accept jobs, navigate and photograph proofs of delivery on phones',
      ],
      ['车辆位置和到货时间实时可查', 'vehicle positions and ETAs visible in real time'],
      ['运费按合同规则自动计算', 'freight calculated from contract rules automatically'],
      ['客户收到到货提醒和电子回单', 'customers get arrival notices and e-PODs'],
    ],
    pains: [
      ['送货回单经常丢，影响收款', 'lost delivery receipts delay payment'],
      ['运费结算靠手工核对，争议多', 'freight is settled by hand with frequent disputes'],
    ],
    results: [
      { zh: '车辆装载率提升 {n}%', en: 'vehicle load factor rose by {n}%', range: [10, 25] },
      {
        zh: '回单回收周期缩短 {n} 天',
        en: 'proofs of delivery came back {n} days sooner',
        range: [3, 10],
      },
      { zh: '运费核算时间减少 {n}%', en: 'freight settlement time fell by {n}%', range: [50, 80] },
    ],
    tags: ['移动端', '物流协同'],
  },
  {
    id: 'cloud-acct',
    names: [
      ['财务云记账', 'Cloud Bookkeeping'],
      ['小微企业智能财税', 'Smart Accounting & Tax for Small Firms'],
    ],
    kind: 'saas',
    scenarios: ['finance'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [0, 3],
    price: 'tool',
    fit: 'generic',
    lead: [
      '一款面向中小企业的在线记账和报税工具',
      'an online bookkeeping and tax tool for small firms',
    ],
    features: [
      [
        '发票自动采集，一键生成记账凭证',
        'collect invoices automatically and create vouchers in one click',
      ],
      ['资产负债表、利润表自动出具', 'balance sheets and income statements produced automatically'],
      ['增值税和企业所得税申报数据自动填列', 'VAT and income-tax returns pre-filled automatically'],
      ['老板手机看经营日报和现金流', 'owners see daily results and cash flow on their phones'],
      ['支持代账机构多账套协同', 'accounting agencies can work across many sets of books'],
    ],
    pains: [
      [
        '财务月底加班录凭证，报表总是迟到',
        'finance works late each month entering vouchers and reports are always late',
      ],
      ['老板想看利润要等会计慢慢算', 'the owner waits weeks to learn the profit'],
    ],
    results: [
      {
        zh: '月结时间从 {n} 天缩短到 1 天',
        en: 'month-end close went from {n} days to one',
        range: [4, 8],
      },
      { zh: '凭证录入工作量减少 {n}%', en: 'voucher entry work fell by {n}%', range: [60, 85] },
      { zh: '税务申报差错减少 {n}%', en: 'tax-filing errors fell by {n}%', range: [70, 95] },
    ],
    tags: ['智能财税', '移动端'],
  },
  {
    id: 'expense',
    names: [
      ['费控报销', 'Expense Control & Reimbursement'],
      ['差旅费用管控云', 'Travel & Expense Cloud'],
    ],
    kind: 'saas',
    scenarios: ['finance', 'collaboration'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [1, 5],
    price: 'tool',
    fit: 'generic',
    lead: [
      '一款从费用申请、报销审批到付款记账一条线的费控工具',
      'an expense tool that runs from request and approval to payment and booking',
    ],
    features: [
      [
        '手机拍票报销，发票真伪和重复自动校验',
        'photograph receipts on a phone; authenticity and duplicates checked automatically',
      ],
      [
        '按部门和项目设置预算，超标自动拦截',
        'set budgets by department or project and block overspending',
      ],
      ['审批流灵活配置', 'flexible approval flows'],
      ['报销单自动生成凭证', 'claims become accounting vouchers automatically'],
      ['费用分析报表按月推送', 'monthly expense analysis reports'],
    ],
    pains: [
      ['报销单贴票、签字要跑好几个人', 'expense claims need glued receipts and several signatures'],
      ['费用超支事后才发现', 'overspending is found only afterwards'],
    ],
    results: [
      {
        zh: '报销周期从两周缩短到 {n} 天',
        en: 'reimbursement went from two weeks to {n} days',
        range: [2, 4],
      },
      { zh: '可控费用下降 {n}%', en: 'controllable expenses fell by {n}%', range: [5, 15] },
      { zh: '财务审核工作量减少 {n}%', en: 'finance review work fell by {n}%', range: [40, 70] },
    ],
    tags: ['移动端', '电子发票'],
  },
  {
    id: 'cost-acct',
    names: [
      ['生产成本核算', 'Production Cost Accounting'],
      ['订单成本与利润分析', 'Order Cost & Margin Analytics'],
    ],
    kind: 'saas',
    scenarios: ['finance', 'decision_support'],
    stages: [2, 3, 4],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [10, 25],
    price: 'suite',
    fit: ['C33', 'C34', 'C29', 'C18', 'C21', 'C22', 'C32'],
    lead: [
      '一套按订单和产品核算真实成本的成本管理工具',
      'a costing tool that calculates the real cost of each order and product',
    ],
    features: [
      [
        '材料、人工、制造费用按订单自动归集',
        'materials, labour and overhead collected by order automatically',
      ],
      ['标准成本与实际成本差异分析', 'variance analysis between standard and actual cost'],
      ['产品和客户利润排行', 'profit rankings by product and customer'],
      ['报价参考成本一键调用', 'reference costs available for quoting in one click'],
      ['数据取自 MES、仓库和财务系统', 'data taken from MES, warehouse and accounting systems'],
    ],
    pains: [
      ['订单做完不知道赚了还是亏了', 'nobody knows whether a finished order made or lost money'],
      ['成本核算到月底才有结果', 'costs are known only at month end'],
    ],
    results: [
      {
        zh: '发现并调整亏损产品 {n} 个',
        en: '{n} loss-making products were found and repriced',
        range: [5, 20],
      },
      { zh: '成本核算周期缩短 {n}%', en: 'costing cycle time fell by {n}%', range: [50, 80] },
      {
        zh: '综合毛利率提升 {n} 个百分点',
        en: 'gross margin rose by {n} percentage points',
        range: [2, 5],
      },
    ],
    tags: ['业财一体', '利润分析'],
  },
  {
    id: 'ehr',
    names: [
      ['人力资源 eHR', 'eHR for Manufacturers'],
      ['考勤薪酬一体化', 'Attendance & Payroll Suite'],
    ],
    kind: 'saas',
    scenarios: ['hr'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [1, 7],
    price: 'tool',
    fit: 'generic',
    lead: [
      '一套覆盖招聘、入离职、考勤排班和薪酬的人事系统',
      'an HR system covering hiring, onboarding, attendance, shifts and payroll',
    ],
    features: [
      ['员工电子档案和劳动合同在线签署', 'digital employee files and online employment contracts'],
      [
        '两班倒、三班倒排班和考勤自动计算',
        'two- and three-shift rosters with attendance calculated automatically',
      ],
      ['加班、请假手机申请审批', 'overtime and leave requested and approved on phones'],
      ['工资条电子化，个税自动计算', 'electronic payslips and automatic income-tax calculation'],
      ['人员流失和用工成本分析', 'turnover and labour-cost analysis'],
    ],
    pains: [
      [
        '一线工人流动大，入离职手续繁琐',
        'high turnover among operators and tedious joiner and leaver paperwork',
      ],
      ['考勤统计靠人工对打卡记录', 'attendance is totted up by hand from clock records'],
    ],
    results: [
      {
        zh: '算薪时间从 {n} 天缩短到半天',
        en: 'payroll went from {n} days to half a day',
        range: [3, 6],
      },
      { zh: '人事事务性工作减少 {n}%', en: 'routine HR admin fell by {n}%', range: [40, 65] },
      {
        zh: '新员工三个月流失率下降 {n} 个百分点',
        en: 'three-month attrition of new hires fell by {n} percentage points',
        range: [5, 15],
      },
    ],
    tags: ['移动端', '电子合同'],
  },
  {
    id: 'piece-wage',
    names: [
      ['计件工资小程序', 'Piece-rate Payroll App'],
      ['计件计时工资云', 'Piece-rate & Hourly Pay Cloud'],
    ],
    kind: 'saas',
    scenarios: ['hr', 'production_control'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [0, 3],
    price: 'tool',
    fit: ['C18', 'C19', 'C17', 'C21', 'C24', 'C41', 'C33'],
    lead: [
      '一款把工序单价、报工和工资核算连起来的计件工资工具',
      'a piece-rate tool that links operation rates, output reporting and pay',
    ],
    features: [
      ['工序单价表按款式和工序维护', 'maintain operation rates by style and operation'],
      [
        '工人扫码领活、报数，当天就能看到工资',
        'workers scan to take and report jobs and see their pay the same day',
      ],
      ['多人协作工序按比例分配', 'shared operations split by agreed ratios'],
      ['返工和次品自动扣减', 'rework and rejects deducted automatically'],
      ['工资表一键导出到银行代发', 'export payroll to bank payment files in one click'],
    ],
    pains: [
      ['月底算计件工资要两三个人忙好几天', 'piece-rate pay takes several people days at month end'],
      ['工人对工资有疑问，扯皮多', 'workers dispute their pay and arguments follow'],
    ],
    results: [
      { zh: '工资核算时间减少 {n}%', en: 'payroll calculation time fell by {n}%', range: [70, 90] },
      { zh: '工资争议下降 {n}%', en: 'pay disputes fell by {n}%', range: [60, 90] },
      { zh: '人均日产量提升 {n}%', en: 'daily output per worker rose by {n}%', range: [8, 18] },
    ],
    tags: ['微信小程序', '计件工资'],
  },
  {
    id: 'oa',
    names: [
      ['协同办公 OA', 'Collaboration & OA Suite'],
      ['移动审批与协同办公', 'Mobile Approvals & Teamwork'],
    ],
    kind: 'saas',
    scenarios: ['collaboration'],
    stages: [1, 2],
    deployments: ['public_cloud', 'private'],
    delivery: [0, 5],
    price: 'tool',
    fit: 'generic',
    lead: [
      '一套流程审批、公告通知、任务和知识文档一体的协同办公平台',
      'a collaboration platform for approvals, notices, tasks and shared documents',
    ],
    features: [
      [
        '请购、用印、出差等审批手机办理',
        'purchase requests, seal use, travel and other approvals on phones',
      ],
      ['表单和流程拖拽配置，不写代码', 'drag-and-drop forms and flows without code'],
      ['公司公告、制度文件统一发布', 'publish notices and policies in one place'],
      ['任务分派和会议纪要跟踪', 'assign tasks and follow up on meeting minutes'],
      ['组织架构同步，离职自动回收权限', 'org chart sync with access revoked when staff leave'],
    ],
    pains: [
      [
        '审批单据要拿着纸跑办公室找领导签字',
        'paper approvals are carried from office to office for signatures',
      ],
      ['通知靠微信群，重要信息刷屏就找不到', 'notices go to chat groups and vanish in the scroll'],
    ],
    results: [
      {
        zh: '审批平均耗时从 2 天缩短到 {n} 小时',
        en: 'approvals went from two days to {n} hours on average',
        range: [2, 6],
      },
      { zh: '纸张打印量下降 {n}%', en: 'paper printing fell by {n}%', range: [50, 80] },
      {
        zh: '跨部门任务按时完成率提升到 {n}%',
        en: 'on-time completion of cross-team tasks rose to {n}%',
        range: [85, 96],
      },
    ],
    tags: ['移动端', '低代码'],
  },
  {
    id: 'esign',
    names: [
      ['电子签章与合同管理', 'e-Signature & Contract Management'],
      ['电子合同云', 'e-Contract Cloud'],
    ],
    kind: 'saas',
    scenarios: ['collaboration', 'procurement'],
    stages: [1, 2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [0, 3],
    price: 'tool',
    fit: 'generic',
    lead: [
      '一款合规的电子签章和合同全生命周期管理工具',
      'a compliant e-signature and contract lifecycle tool',
    ],
    features: [
      ['采购、销售合同在线起草和签署', 'draft and sign purchase and sales contracts online'],
      ['电子签名具备法律效力，存证可查', 'legally binding signatures with verifiable evidence'],
      ['印章集中管控，用印全程留痕', 'company seals managed centrally with every use logged'],
      ['合同到期和付款节点自动提醒', 'reminders for contract expiry and payment milestones'],
      ['与 OA、CRM 和 SRM 集成', 'integrates with OA, CRM and SRM'],
    ],
    pains: [
      ['合同快递往返一签就是一周', 'couriering contracts back and forth takes a week'],
      ['公章外借用印记录不全', 'company seals are lent out without proper records'],
    ],
    results: [
      {
        zh: '合同签署周期从 7 天缩短到 {n} 小时',
        en: 'signing went from seven days to {n} hours',
        range: [1, 8],
      },
      {
        zh: '每年节省快递和打印费用约 {n} 千元',
        en: 'courier and printing costs fell by about ¥{n},000 a year',
        range: [5, 30],
      },
      {
        zh: '合同归档查找时间减少 {n}%',
        en: 'time to find archived contracts fell by {n}%',
        range: [70, 95],
      },
    ],
    tags: ['电子合同', '合规存证'],
  },
  {
    id: 'bi',
    names: [
      ['BI 经营驾驶舱', 'BI Management Cockpit'],
      ['老板经营看板', 'Owner’s Business Dashboard'],
    ],
    kind: 'saas',
    scenarios: ['decision_support'],
    stages: [3, 4],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [7, 20],
    price: 'platform',
    fit: [],
    lead: [
      '一套把销售、生产、库存和财务数据汇成一张图的经营分析工具',
      'an analytics tool that pulls sales, production, stock and finance data into one view',
    ],
    features: [
      [
        '连接 ERP、MES、进销存和 Excel 数据源',
        'connects ERP, MES, inventory and Excel data sources',
      ],
      ['预置制造业经营指标模板', 'prebuilt manufacturing KPI templates'],
      [
        '手机和大屏同步查看，指标异常推送',
        'view on phones and wall screens with alerts on anomalies',
      ],
      [
        '拖拽式自助分析，业务人员也能做报表',
        'drag-and-drop analysis so business users can build reports',
      ],
      ['经营日报、周报自动生成', 'daily and weekly business reports generated automatically'],
    ],
    pains: [
      [
        '月度经营会要各部门花三天凑报表',
        'monthly reviews take every department three days of report-building',
      ],
      ['各系统数据口径不一，数字对不上', 'systems disagree on definitions and numbers never match'],
    ],
    results: [
      {
        zh: '报表编制工作量减少 {n}%',
        en: 'report preparation work fell by {n}%',
        range: [60, 85],
      },
      {
        zh: '经营数据从月度可见提升到 T+{n} 天可见',
        en: 'business figures became visible at T+{n} days instead of monthly',
        range: [1, 2],
      },
      { zh: '库存资金占用下降 {n}%', en: 'cash tied up in stock fell by {n}%', range: [10, 25] },
    ],
    tags: ['数据驱动', '可视化'],
  },
  {
    id: 'erp-cloud',
    names: [
      ['云 ERP 标准版', 'Cloud ERP Standard'],
      ['制造业云 ERP', 'Cloud ERP for Manufacturing'],
    ],
    kind: 'saas',
    scenarios: ['finance', 'procurement', 'warehouse_logistics', 'planning_scheduling'],
    stages: [2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [15, 45],
    price: 'platform',
    fit: [],
    lead: [
      '一套面向中小制造企业的业财一体化云 ERP',
      'a cloud ERP that integrates operations and finance for small manufacturers',
    ],
    features: [
      [
        '销售、采购、库存、生产和财务一套数据',
        'sales, purchasing, stock, production and finance on one data set',
      ],
      ['BOM 和 MRP 计算采购与生产需求', 'BOM and MRP calculate purchase and production needs'],
      ['业务单据自动生成财务凭证', 'business documents create accounting vouchers automatically'],
      ['多组织、多仓库、多币种', 'multiple entities, warehouses and currencies'],
      ['开放 API，可连接 MES 和电商平台', 'open APIs to connect MES and e-commerce platforms'],
    ],
    pains: [
      [
        '几套软件各管一段，数据要人工倒来倒去',
        'several disconnected tools with data moved by hand',
      ],
      ['财务和业务数据对不上', 'finance and operations figures never agree'],
    ],
    results: [
      {
        zh: '业务与财务对账时间减少 {n}%',
        en: 'time spent reconciling operations and finance fell by {n}%',
        range: [50, 80],
      },
      { zh: '存货周转率提升 {n}%', en: 'inventory turnover rose by {n}%', range: [15, 35] },
      { zh: '订单处理效率提升 {n}%', en: 'order processing became {n}% faster', range: [30, 55] },
    ],
    tags: ['业财一体', '按年订阅'],
  },
  {
    id: 'lowcode',
    names: [
      ['低代码应用平台', 'Low-code App Platform'],
      ['零代码业务搭建工具', 'No-code Business App Builder'],
    ],
    kind: 'saas',
    scenarios: ['collaboration', 'cloud_it'],
    stages: [2, 3],
    deployments: ['public_cloud', 'private'],
    delivery: [0, 7],
    price: 'tool',
    fit: 'generic',
    lead: [
      '一个让业务人员自己搭建管理应用的低代码平台',
      'a low-code platform on which business staff build their own apps',
    ],
    features: [
      ['表单、流程、报表拖拽搭建', 'build forms, flows and reports by drag and drop'],
      ['上百个制造业应用模板可直接套用', 'hundreds of manufacturing templates ready to use'],
      ['数据权限精细到字段', 'field-level data permissions'],
      ['开放接口连接现有系统', 'open interfaces to existing systems'],
      ['应用自动适配手机端', 'apps adapt to mobile automatically'],
    ],
    pains: [
      [
        '标准软件不贴合，定制开发又贵又慢',
        'off-the-shelf software does not fit and custom work is slow and costly',
      ],
      ['各部门自己做的 Excel 表格满天飞', 'spreadsheets made by every department are everywhere'],
    ],
    results: [
      {
        zh: '新应用上线周期从数月缩短到 {n} 天',
        en: 'new apps went live in {n} days instead of months',
        range: [3, 14],
      },
      {
        zh: '外包开发费用节省 {n}%',
        en: 'outsourced development spend fell by {n}%',
        range: [50, 80],
      },
      {
        zh: '业务部门自建应用 {n} 个',
        en: 'business departments built {n} apps themselves',
        range: [8, 30],
      },
    ],
    tags: ['低代码', 'API 开放'],
  },
];
