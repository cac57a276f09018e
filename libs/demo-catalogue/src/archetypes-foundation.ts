import type { Archetype } from './types.js';

/** Archetypes for the digital foundations and transformation services. */
export const FOUNDATION_ARCHETYPES: readonly Archetype[] = [
  {
    id: 'net-retrofit',
    names: [
      ['工业网络改造', 'Industrial Network Upgrade'],
      ['车间无线网络覆盖', 'Shop-floor Wi-Fi Coverage'],
    ],
    kind: 'service',
    scenarios: ['network'],
    stages: [1, 2, 3],
    deployments: ['private'],
    delivery: [10, 40],
    price: 'service',
    fit: [],
    lead: [
      '一项面向工厂车间的网络规划、布线和无线覆盖服务',
      'a network planning, cabling and wireless coverage service for factory floors',
    ],
    features: [
      ['现场勘测并出具网络拓扑和改造方案', 'site survey with a network topology and upgrade plan'],
      ['办公网与生产网分区隔离', 'office and production networks separated into zones'],
      [
        '车间工业级无线 AP 覆盖，支持 PDA 漫游',
        'industrial Wi-Fi access points with handheld roaming across the floor',
      ],
      ['网络设备统一管理和故障告警', 'central management and fault alerts for network devices'],
      ['交付后提供网络运维服务', 'network operations support after handover'],
    ],
    pains: [
      ['车间信号时有时无，扫码枪经常掉线', 'patchy coverage makes scanners drop off the network'],
      ['网线乱拉，出了故障没人查得清', 'tangled cabling nobody can troubleshoot'],
    ],
    results: [
      {
        zh: '车间无线覆盖率达到 {n}%',
        en: 'wireless coverage reached {n}% of the floor',
        range: [95, 100],
      },
      { zh: '网络故障次数下降 {n}%', en: 'network incidents fell by {n}%', range: [60, 90] },
      {
        zh: '改造施工 {n} 天完成，不影响正常生产',
        en: 'work finished in {n} days without stopping production',
        range: [3, 10],
      },
    ],
    tags: ['专家驻场', '网络安全'],
  },
  {
    id: '5g-network',
    names: [
      ['5G 工厂专网', '5G Factory Private Network'],
      ['5G+工业互联网园区网络', '5G Industrial Park Network'],
    ],
    kind: 'service',
    scenarios: ['network', 'device_connectivity'],
    stages: [3, 4],
    deployments: ['private', 'hybrid'],
    delivery: [20, 60],
    price: 'service',
    fit: ['C36', 'C38', 'C39', 'C35', 'C31'],
    lead: [
      '一项与运营商合作建设的 5G 工厂专网和行业应用服务',
      'a 5G factory network and application service built with a mobile operator',
    ],
    features: [
      [
        '专网切片保障生产数据低时延、不出园区',
        'network slicing keeps production data low-latency and on site',
      ],
      ['AGV、视觉检测和移动巡检无线化', 'AGVs, vision inspection and mobile patrols go wireless'],
      ['5G 工业网关接入老旧设备', '5G industrial gateways connect legacy machines'],
      ['按月支付网络服务费，降低一次性投入', 'monthly network fees reduce up-front spend'],
      ['协助申报 5G 应用示范项目', 'help applying for 5G application pilot programmes'],
    ],
    pains: [
      ['产线调整频繁，有线网络改来改去', 'frequent line changes mean constant re-cabling'],
      ['AGV 和移动设备在 Wi-Fi 下漫游不稳定', 'AGVs and mobile devices roam poorly on Wi-Fi'],
    ],
    results: [
      { zh: '网络时延稳定在 {n} 毫秒以内', en: 'latency held under {n} ms', range: [10, 20] },
      {
        zh: '产线换型调整网络的时间减少 {n}%',
        en: 'network rework at line changes fell by {n}%',
        range: [70, 90],
      },
      { zh: '接入设备数量增加 {n} 倍', en: 'connected devices grew {n}-fold', range: [2, 5] },
    ],
    tags: ['5G', '专家驻场'],
  },
  {
    id: 'iot-gateway',
    names: [
      ['设备联网网关', 'Equipment Connectivity Gateway'],
      ['边缘采集网关', 'Edge Data Gateway'],
    ],
    kind: 'hardware',
    scenarios: ['device_connectivity', 'equipment'],
    stages: [1, 2, 3],
    deployments: ['hybrid'],
    delivery: [3, 15],
    price: 'hardware',
    priceStart: 1,
    fit: ['C29', 'C34', 'C33', 'C17', 'C39', 'C26'],
    lead: [
      '一款支持上百种工业协议的边缘采集网关',
      'an edge gateway that speaks hundreds of industrial protocols',
    ],
    features: [
      ['兼容主流 PLC、数控系统和仪表协议', 'works with common PLC, CNC and instrument protocols'],
      ['4G、以太网和 Wi-Fi 多种上网方式', '4G, Ethernet and Wi-Fi uplinks'],
      ['断网本地缓存，恢复后自动补传', 'buffers data locally and back-fills after outages'],
      [
        '老旧设备可加装传感器采集开关机和产量',
        'legacy machines get add-on sensors for on/off state and counts',
      ],
      [
        '数据可推送到主流工业互联网平台和自建系统',
        'data can be sent to common industrial internet platforms or in-house systems',
      ],
    ],
    pains: [
      [
        '设备品牌杂、年代跨度大，不知道怎么联网',
        'machines of every brand and age, and no idea how to connect them',
      ],
      ['设备数据只能在操作面板上看', 'machine data is visible only on the control panel'],
    ],
    results: [
      {
        zh: '设备联网率从不足两成提升到 {n}%',
        en: 'networked machines rose from under 20% to {n}%',
        range: [70, 95],
      },
      {
        zh: '单台设备联网成本降低 {n}%',
        en: 'cost of connecting one machine fell by {n}%',
        range: [40, 70],
      },
      {
        zh: '平均每台 {n} 小时完成接入调试',
        en: 'each machine was connected and tested in {n} hours on average',
        range: [1, 4],
      },
    ],
    tags: ['设备联网', '即插即用'],
  },
  {
    id: 'cnc-collect',
    names: [
      ['数控机床数据采集', 'CNC Machine Data Acquisition'],
      ['机加车间联网监控', 'Machining Shop Connectivity & Monitoring'],
    ],
    kind: 'saas',
    scenarios: ['device_connectivity', 'production_control', 'equipment'],
    stages: [2, 3],
    deployments: ['hybrid', 'private'],
    delivery: [7, 20],
    price: 'suite',
    fit: ['C34', 'C35', 'C36', 'C33', 'C37', 'C43'],
    lead: [
      '一套面向机加工车间的数控设备联网与程序管理系统',
      'a connectivity and program-management system for machining shops',
    ],
    features: [
      ['采集主轴负载、加工件数和报警信息', 'collect spindle load, part counts and alarms'],
      ['NC 程序集中管理，DNC 远程传输', 'central NC program library with DNC transfer'],
      ['刀具寿命统计和换刀提醒', 'tool-life tracking and change reminders'],
      ['机床状态大屏，一眼看全车间', 'a wall screen shows every machine at a glance'],
      ['加工节拍分析，找出效率瓶颈', 'cycle-time analysis finds bottlenecks'],
    ],
    pains: [
      [
        '程序靠 U 盘拷来拷去，版本混乱',
        'programs copied around on USB sticks in confusing versions',
      ],
      ['机床夜班干了多少活没人知道', 'nobody knows what the machines did on the night shift'],
    ],
    results: [
      {
        zh: '机床有效切削时间提升 {n}%',
        en: 'effective cutting time rose by {n}%',
        range: [10, 25],
      },
      { zh: '程序错用事故降为 {n}', en: 'wrong-program incidents fell to {n}', range: [0, 0] },
      { zh: '刀具成本下降 {n}%', en: 'tooling costs fell by {n}%', range: [8, 18] },
    ],
    tags: ['设备联网', 'DNC'],
  },
  {
    id: 'cloud-migrate',
    names: [
      ['业务系统上云迁移', 'Business System Cloud Migration'],
      ['企业上云一站式服务', 'One-stop Move-to-Cloud Service'],
    ],
    kind: 'service',
    scenarios: ['cloud_it'],
    stages: [1, 2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [7, 30],
    price: 'service',
    fit: 'generic',
    lead: [
      '一项把本地服务器上的 ERP、财务和文件系统迁到云上的专业服务',
      'a professional service that moves ERP, accounting and file servers into the cloud',
    ],
    features: [
      [
        '评估现有系统，给出上云架构和费用测算',
        'assess current systems and propose a cloud architecture with costs',
      ],
      ['夜间或周末迁移，业务不停机', 'migrate at night or at weekends without downtime'],
      ['迁移后数据校验和性能调优', 'verify data and tune performance after migration'],
      ['协助申请上云券等补贴', 'help applying for cloud vouchers and other subsidies'],
      ['提供一年免费运维保障', 'one year of operations support included'],
    ],
    pains: [
      ['机房里的老服务器随时可能坏', 'ageing servers in the back room could fail any day'],
      ['没有专职 IT，系统出问题只能干等', 'no dedicated IT staff, so outages simply wait'],
    ],
    results: [
      { zh: 'IT 运维成本降低 {n}%', en: 'IT operations costs fell by {n}%', range: [25, 50] },
      { zh: '系统可用性达到 99.{n}%', en: 'system availability reached 99.{n}%', range: [5, 9] },
      {
        zh: '平均 {n} 天完成全部系统迁移',
        en: 'all systems were migrated in {n} days on average',
        range: [5, 15],
      },
    ],
    tags: ['支持上云券', '专家驻场'],
  },
  {
    id: 'cloud-host',
    names: [
      ['云主机与云存储套餐', 'Cloud Server & Storage Bundle'],
      ['中小企业上云套餐', 'SME Cloud Starter Bundle'],
    ],
    kind: 'saas',
    scenarios: ['cloud_it'],
    stages: [1, 2, 3, 4],
    deployments: ['public_cloud'],
    delivery: [0, 1],
    price: 'infra',
    fit: 'generic',
    lead: [
      '一组按需付费的云服务器、云数据库和对象存储套餐',
      'pay-as-you-go bundles of cloud servers, databases and object storage',
    ],
    features: [
      ['多种规格云主机，分钟级开通', 'cloud servers in many sizes, ready in minutes'],
      [
        '云数据库自动备份，按需扩容',
        'cloud databases with automatic backups and on-demand scaling',
      ],
      ['对象存储存放图纸和视频，成本低', 'low-cost object storage for drawings and video'],
      ['内置基础安全防护和 DDoS 防护', 'basic security and DDoS protection built in'],
      ['专属客户经理协助选型', 'a dedicated account manager helps choose sizes'],
    ],
    pains: [
      [
        '买服务器一次投入大，用不满又浪费',
        'buying servers costs a lot up front and they sit half idle',
      ],
      [
        '自建机房电费、空调和维护都是开销',
        'an in-house server room costs power, cooling and upkeep',
      ],
    ],
    results: [
      {
        zh: 'IT 基础设施投入降低 {n}%',
        en: 'IT infrastructure spend fell by {n}%',
        range: [30, 60],
      },
      {
        zh: '新业务系统环境开通从一周缩短到 {n} 分钟',
        en: 'environments for new systems became ready in {n} minutes instead of a week',
        range: [5, 30],
      },
      {
        zh: '数据恢复时间缩短到 {n} 分钟以内',
        en: 'data recovery time fell below {n} minutes',
        range: [10, 30],
      },
    ],
    tags: ['支持上云券', '按量付费'],
  },
  {
    id: 'mail-drive',
    names: [
      ['企业邮箱与网盘', 'Business Mail & Cloud Drive'],
      ['企业文件云盘', 'Company File Cloud'],
    ],
    kind: 'saas',
    scenarios: ['cloud_it', 'collaboration'],
    stages: [1, 2],
    deployments: ['public_cloud'],
    delivery: [0, 1],
    price: 'infra',
    fit: 'generic',
    lead: ['一套企业域名邮箱和团队文件云盘', 'a company-domain mailbox and shared file drive'],
    features: [
      [
        '企业域名邮箱，外贸收发稳定',
        'company-domain mail that works reliably with overseas customers',
      ],
      [
        '团队文件夹权限分级、外链分享可控',
        'team folders with tiered permissions and controlled sharing links',
      ],
      ['文件历史版本和回收站', 'file version history and recycle bin'],
      ['离职员工数据一键交接', 'hand over a leaver’s data in one click'],
      ['电脑、手机多端同步', 'sync across computers and phones'],
    ],
    pains: [
      [
        '员工用个人邮箱对外联系，离职后客户往来全丢',
        'staff use personal mail, so customer correspondence leaves with them',
      ],
      ['共享文件靠 U 盘和聊天软件', 'files are shared by USB stick and chat apps'],
    ],
    results: [
      { zh: '文件查找时间减少 {n}%', en: 'time spent finding files fell by {n}%', range: [40, 70] },
      {
        zh: '离职交接时间从几天缩短到 {n} 分钟',
        en: 'leaver handover went from days to {n} minutes',
        range: [5, 30],
      },
      {
        zh: '邮件投递成功率达到 99.{n}%',
        en: 'mail delivery success reached 99.{n}%',
        range: [5, 9],
      },
    ],
    tags: ['开箱即用', '免部署'],
  },
  {
    id: 'mlps',
    names: [
      ['等保2.0 安全服务', 'MLPS 2.0 Compliance Service'],
      ['等级保护测评辅导', 'Cybersecurity Level Protection Readiness'],
    ],
    kind: 'service',
    scenarios: ['cybersecurity'],
    stages: [2, 3, 4],
    deployments: ['private', 'hybrid'],
    delivery: [20, 60],
    price: 'service',
    fit: 'generic',
    lead: [
      '一项帮助企业通过网络安全等级保护 2.0 测评的合规服务',
      'a compliance service that prepares firms for the MLPS 2.0 cybersecurity assessment',
    ],
    features: [
      ['系统定级备案材料编写', 'prepare classification and filing documents'],
      ['差距分析和整改方案', 'gap analysis and remediation plan'],
      ['安全管理制度和应急预案模板', 'security policies and incident-response templates'],
      ['整改期间提供安全设备租用', 'security appliances on loan during remediation'],
      ['陪同测评，问题当场整改', 'on-site support during the assessment with immediate fixes'],
    ],
    pains: [
      [
        '客户和监管要求系统通过等保测评',
        'customers and regulators require a passed MLPS assessment',
      ],
      ['没有安全人员，不知道从哪做起', 'no security staff and no idea where to start'],
    ],
    results: [
      {
        zh: '一次通过测评的比例达到 {n}%',
        en: '{n}% of clients passed at the first attempt',
        range: [92, 99],
      },
      {
        zh: '高危漏洞清零周期缩短到 {n} 天',
        en: 'high-risk vulnerabilities were closed within {n} days',
        range: [7, 20],
      },
      {
        zh: '安全合规投入比自建团队节省 {n}%',
        en: 'compliance cost {n}% less than an in-house team would',
        range: [50, 75],
      },
    ],
    tags: ['等保合规', '专家驻场'],
  },
  {
    id: 'mss',
    names: [
      ['云端安全托管服务', 'Managed Security Service'],
      ['中小企业安全运营订阅', 'SME Security Operations Subscription'],
    ],
    kind: 'saas',
    scenarios: ['cybersecurity'],
    stages: [1, 2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [1, 7],
    price: 'infra',
    fit: 'generic',
    lead: [
      '一项由专家团队 7×24 小时值守的订阅式安全运营服务',
      'a subscription security-operations service watched by experts around the clock',
    ],
    features: [
      ['终端防病毒和勒索软件防护', 'endpoint antivirus and ransomware protection'],
      ['对外网站和邮件安全监测', 'monitoring of public websites and mail'],
      ['漏洞扫描每月一次并给出修复建议', 'monthly vulnerability scans with fix advice'],
      ['安全事件应急响应', 'incident response'],
      ['月度安全报告，老板看得懂', 'monthly security reports an owner can understand'],
    ],
    pains: [
      ['勒索病毒一来，图纸和账套全部被锁', 'ransomware could lock every drawing and ledger'],
      ['请不起专职安全工程师', 'a full-time security engineer is unaffordable'],
    ],
    results: [
      {
        zh: '终端病毒事件下降 {n}%',
        en: 'malware incidents on endpoints fell by {n}%',
        range: [80, 98],
      },
      {
        zh: '安全事件平均响应时间缩短到 {n} 分钟',
        en: 'average incident response fell to {n} minutes',
        range: [15, 30],
      },
      {
        zh: '高危漏洞修复率达到 {n}%',
        en: 'high-risk vulnerability fix rate reached {n}%',
        range: [90, 100],
      },
    ],
    tags: ['数据安全', '按月订阅'],
  },
  {
    id: 'backup',
    names: [
      ['数据备份与容灾', 'Data Backup & Disaster Recovery'],
      ['勒索防护云备份', 'Ransomware-proof Cloud Backup'],
    ],
    kind: 'saas',
    scenarios: ['cybersecurity', 'cloud_it'],
    stages: [1, 2, 3],
    deployments: ['public_cloud', 'hybrid'],
    delivery: [0, 3],
    price: 'infra',
    fit: 'generic',
    lead: [
      '一款把服务器、电脑和数据库自动备份到云端的容灾工具',
      'a tool that backs up servers, PCs and databases to the cloud automatically',
    ],
    features: [
      ['ERP 和财务数据库定时备份', 'scheduled backups of ERP and accounting databases'],
      ['备份数据不可篡改，防勒索加密', 'immutable backups that ransomware cannot encrypt'],
      ['文件误删秒级找回', 'recover deleted files in seconds'],
      ['整机故障时云端快速恢复', 'restore whole machines from the cloud after a failure'],
      ['备份成功与否每天推送通知', 'daily notifications of backup success or failure'],
    ],
    pains: [
      [
        '数据只存在一台服务器上，坏了就全没了',
        'data lives on a single server and would vanish with it',
      ],
      ['备份靠人每周手动拷，经常忘', 'someone copies backups by hand each week and often forgets'],
    ],
    results: [
      {
        zh: '数据恢复时间从数天缩短到 {n} 小时内',
        en: 'recovery time fell from days to within {n} hours',
        range: [1, 4],
      },
      { zh: '备份成功率达到 99.{n}%', en: 'backup success rate reached 99.{n}%', range: [5, 9] },
      {
        zh: '存储成本比自建备份降低 {n}%',
        en: 'storage cost {n}% less than in-house backup',
        range: [30, 55],
      },
    ],
    tags: ['数据安全', '免部署'],
  },
  {
    id: 'ics-firewall',
    names: [
      ['工控安全防护一体机', 'Industrial Control Security Appliance'],
      ['工业防火墙与主机卫士', 'Industrial Firewall & Host Guard'],
    ],
    kind: 'hardware',
    scenarios: ['cybersecurity', 'network'],
    stages: [2, 3, 4],
    deployments: ['private'],
    delivery: [7, 20],
    price: 'hardware',
    priceStart: 5,
    fit: ['C26', 'C27', 'C38', 'C39', 'C31', 'C36'],
    lead: [
      '一台部署在生产网边界的工控安全一体机',
      'an industrial security appliance for the production network boundary',
    ],
    features: [
      [
        '识别工控协议，白名单放行',
        'understands industrial protocols and allows only whitelisted traffic',
      ],
      ['工程师站和上位机防病毒加固', 'hardens engineering stations and HMIs against malware'],
      ['U 盘等外设接入管控', 'controls USB sticks and other peripherals'],
      ['异常流量审计和告警', 'audits and alerts on abnormal traffic'],
      ['满足等保 2.0 工控扩展要求', 'meets the MLPS 2.0 industrial control extension'],
    ],
    pains: [
      [
        '生产网和办公网混在一起，一中毒全厂停',
        'office and production networks are mixed, so one infection stops the plant',
      ],
      ['上位机系统老旧，无法打补丁', 'old HMI systems cannot be patched'],
    ],
    results: [
      {
        zh: '生产网病毒事件降为 {n}',
        en: 'malware incidents on the production network fell to {n}',
        range: [0, 0],
      },
      {
        zh: '非法外设接入拦截率达到 {n}%',
        en: '{n}% of unauthorised peripherals were blocked',
        range: [98, 100],
      },
      {
        zh: '{n} 天内完成部署并通过验收',
        en: 'the system was deployed and accepted within {n} days',
        range: [5, 15],
      },
    ],
    tags: ['等保合规', '国产化适配'],
  },
  {
    id: 'data-platform',
    names: [
      ['工业数据中台', 'Industrial Data Platform'],
      ['工业互联网平台企业版', 'Industrial Internet Platform Enterprise'],
    ],
    kind: 'saas',
    scenarios: ['decision_support', 'cloud_it', 'device_connectivity'],
    stages: [3, 4],
    deployments: ['public_cloud', 'private', 'hybrid'],
    delivery: [20, 60],
    price: 'platform',
    fit: ['C36', 'C38', 'C39', 'C26', 'C29', 'C34'],
    lead: [
      '一个把设备、业务和供应链数据汇聚治理并开放给应用的工业数据平台',
      'an industrial data platform that gathers, governs and serves machine, business and supply-chain data',
    ],
    features: [
      [
        '设备数据、业务系统数据统一接入和建模',
        'ingest and model machine and business-system data in one place',
      ],
      ['主数据和指标口径统一管理', 'master data and KPI definitions governed centrally'],
      ['数据服务接口供 MES、BI 和移动应用调用', 'data APIs for MES, BI and mobile apps'],
      ['工艺参数和质量数据关联分析', 'correlate process parameters with quality data'],
      ['与上下游企业按授权共享数据', 'share data with suppliers and customers under authorisation'],
    ],
    pains: [
      ['系统越上越多，数据孤岛越来越严重', 'every new system adds another data island'],
      ['想做数据分析却发现数据不全、不准', 'analytics stall because data is incomplete and wrong'],
    ],
    results: [
      {
        zh: '接入数据源 {n} 个，打通主要业务系统',
        en: '{n} data sources were connected across the main systems',
        range: [8, 25],
      },
      { zh: '数据准备时间减少 {n}%', en: 'data preparation time fell by {n}%', range: [50, 80] },
      {
        zh: '新数据应用开发周期缩短 {n}%',
        en: 'development time for new data apps fell by {n}%',
        range: [40, 65],
      },
    ],
    tags: ['数据治理', 'API 开放'],
  },
  {
    id: 'diagnosis',
    names: [
      ['数字化转型诊断咨询', 'Digital Transformation Diagnosis'],
      ['中小企业数字化水平评估', 'SME Digital Maturity Assessment'],
    ],
    kind: 'service',
    scenarios: ['consulting'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [7, 21],
    price: 'service',
    fit: [],
    lead: [
      '一项对照《中小企业数字化水平评测指标》开展的现场诊断服务',
      'an on-site diagnosis against the official SME digital-level indicators',
    ],
    features: [
      [
        '专家进厂访谈、走查车间和业务流程',
        'experts interview staff and walk through the plant and processes',
      ],
      [
        '对照评测指标给出数字化水平等级和短板场景',
        'determine the digital level and weak scenarios against the indicators',
      ],
      ['按从易到难排出转型优先级', 'rank transformation priorities from easy to hard'],
      [
        '推荐适配的小快轻准产品并估算投入',
        'recommend fitting lightweight products with estimated costs',
      ],
      ['协助对接当地专项资金和补贴政策', 'help with local transformation funds and subsidies'],
    ],
    pains: [
      ['知道要转型，却不知道先做什么', 'the need to transform is clear but not where to start'],
      ['怕花了钱买系统却用不起来', 'fear of paying for systems nobody ends up using'],
    ],
    results: [
      {
        zh: '诊断后 {n} 个月内落地首个数字化场景',
        en: 'the first digital scenario went live within {n} months of the diagnosis',
        range: [2, 4],
      },
      {
        zh: '识别出可快速见效的改进点 {n} 项',
        en: '{n} quick-win improvements were identified',
        range: [6, 15],
      },
      {
        zh: '转型投入预算比原计划节省 {n}%',
        en: 'the transformation budget came in {n}% below the original plan',
        range: [15, 35],
      },
    ],
    tags: ['评估规划', '专家驻场'],
  },
  {
    id: 'roadmap',
    names: [
      ['数字化转型规划陪跑', 'Transformation Roadmap & Coaching'],
      ['数转顾问年度陪跑服务', 'Annual Transformation Coaching'],
    ],
    kind: 'service',
    scenarios: ['consulting', 'training'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [10, 30],
    price: 'coaching',
    fit: [],
    lead: [
      '一项按“评估—规划—实施—优化”闭环提供的年度陪跑服务',
      'a year-long coaching service following the assess–plan–implement–optimise loop',
    ],
    features: [
      ['制定一至三年数字化转型路线图', 'draw up a one-to-three-year transformation roadmap'],
      ['帮助选型、谈判和监督实施', 'help choose vendors, negotiate and supervise implementation'],
      ['每季度复盘，按成效调整计划', 'review quarterly and adjust the plan to results'],
      ['培养企业内部数字化专员', 'develop an in-house digital champion'],
      ['协助准备补贴申报和验收材料', 'help prepare subsidy applications and acceptance documents'],
    ],
    pains: [
      ['上了几个系统，效果却不明显', 'several systems went live without visible results'],
      [
        '供应商各说各的，没人帮企业把关',
        'vendors all say different things and nobody guards the firm’s interests',
      ],
    ],
    results: [
      {
        zh: '一年内数字化水平提升 {n} 级',
        en: 'the digital level rose by {n} within a year',
        range: [1, 1],
      },
      { zh: '系统实际使用率提升到 {n}%', en: 'actual system usage rose to {n}%', range: [80, 95] },
      {
        zh: '获得各类转型补贴约 {n} 万元',
        en: 'about ¥{n}0,000 of transformation subsidies was obtained',
        range: [5, 30],
      },
    ],
    tags: ['评估规划', '全程陪跑'],
  },
  {
    id: 'smart-factory-plan',
    names: [
      ['智能工厂规划设计', 'Smart Factory Planning'],
      ['数字化车间建设咨询', 'Digital Workshop Consulting'],
    ],
    kind: 'service',
    scenarios: ['consulting', 'production_control'],
    stages: [3, 4],
    deployments: ['private', 'hybrid'],
    delivery: [30, 60],
    price: 'service',
    fit: ['C36', 'C38', 'C39', 'C34', 'C35', 'C29', 'C27'],
    lead: [
      '一项面向新厂建设或老厂改造的智能工厂总体规划服务',
      'a master-planning service for new plants and upgrades of existing ones',
    ],
    features: [
      ['产能、物流和布局仿真', 'simulate capacity, logistics and layout'],
      ['自动化、信息化和网络一体化规划', 'plan automation, IT and networks together'],
      ['分期建设方案和投资回报测算', 'phased build plan with return-on-investment estimates'],
      [
        '协助编制数字化车间和智能工厂申报材料',
        'help prepare applications for digital-workshop and smart-factory programmes',
      ],
      ['实施阶段监理与验收支持', 'supervision and acceptance support during implementation'],
    ],
    pains: [
      [
        '新厂房要建，怕一步到位投入过大',
        'a new plant is coming and an all-at-once investment feels too risky',
      ],
      ['自动化设备买了，信息化没跟上', 'automation was bought but IT never caught up'],
    ],
    results: [
      { zh: '规划产能提升 {n}%', en: 'planned capacity rose by {n}%', range: [20, 40] },
      {
        zh: '物流搬运距离缩短 {n}%',
        en: 'material-handling distance was cut by {n}%',
        range: [25, 50],
      },
      {
        zh: '项目总投资比初始方案节省 {n}%',
        en: 'total investment came in {n}% below the initial scheme',
        range: [10, 25],
      },
    ],
    tags: ['评估规划', '专家驻场'],
  },
  {
    id: 'lean-digital',
    names: [
      ['精益数字化咨询', 'Lean + Digital Consulting'],
      ['精益生产改善辅导', 'Lean Production Improvement Coaching'],
    ],
    kind: 'service',
    scenarios: ['consulting', 'production_control', 'quality'],
    stages: [2, 3],
    deployments: ['public_cloud'],
    delivery: [14, 45],
    price: 'service',
    fit: ['C33', 'C34', 'C36', 'C38', 'C29', 'C18', 'C21'],
    lead: [
      '一项先理顺流程、再用数字化工具固化成果的精益改善辅导',
      'lean coaching that first fixes the process and then locks the gains in with digital tools',
    ],
    features: [
      ['价值流分析，找出浪费和瓶颈', 'value-stream mapping to find waste and bottlenecks'],
      ['现场 5S 和标准作业改善', 'on-site 5S and standard-work improvements'],
      ['选用轻量化工具固化改善成果', 'lightweight digital tools keep the improvements in place'],
      ['班组长精益管理能力培训', 'lean leadership training for team leaders'],
      ['改善成果按月量化评估', 'improvements measured every month'],
    ],
    pains: [
      ['现场乱、在制品堆满通道', 'a cluttered shop with WIP blocking the aisles'],
      [
        '上了系统流程没变，数据都是错的',
        'systems were introduced but processes stayed the same and the data is wrong',
      ],
    ],
    results: [
      { zh: '生产周期缩短 {n}%', en: 'production lead time fell by {n}%', range: [20, 40] },
      { zh: '人均产出提升 {n}%', en: 'output per person rose by {n}%', range: [12, 25] },
      { zh: '在制品减少 {n}%', en: 'WIP fell by {n}%', range: [25, 50] },
    ],
    tags: ['精益生产', '专家驻场'],
  },
  {
    id: 'data-governance',
    names: [
      ['数据治理咨询', 'Data Governance Consulting'],
      ['数据资产盘点与治理', 'Data Inventory & Governance'],
    ],
    kind: 'service',
    scenarios: ['consulting', 'decision_support'],
    stages: [3, 4],
    deployments: ['private', 'hybrid'],
    delivery: [20, 60],
    price: 'service',
    fit: [],
    lead: [
      '一项帮助企业梳理数据资产、统一指标口径的数据治理服务',
      'a governance service that inventories data assets and aligns KPI definitions',
    ],
    features: [
      ['盘点各系统数据资产，形成数据目录', 'inventory data across systems into a catalogue'],
      ['物料、客户和供应商主数据清洗', 'cleanse material, customer and supplier master data'],
      ['建立经营指标体系和口径字典', 'build a KPI framework and definitions dictionary'],
      ['数据质量规则和考核机制', 'data-quality rules and accountability'],
      ['对接数据分析和数据中台建设', 'prepare for analytics and data-platform projects'],
    ],
    pains: [
      ['同一个物料在不同系统里有好几个编码', 'one material has several codes across systems'],
      ['各部门报的数据各不相同', 'every department reports different numbers'],
    ],
    results: [
      {
        zh: '主数据重复率从 {n}% 降到 1% 以下',
        en: 'duplicate master data fell from {n}% to under 1%',
        range: [8, 20],
      },
      {
        zh: '核心指标口径统一率达到 {n}%',
        en: '{n}% of core KPIs now share one definition',
        range: [95, 100],
      },
      {
        zh: '报表数据差异导致的争议减少 {n}%',
        en: 'disputes over conflicting report figures fell by {n}%',
        range: [70, 90],
      },
    ],
    tags: ['数据治理', '评估规划'],
  },
  {
    id: 'training',
    names: [
      ['数字化人才培训', 'Digital Skills Training'],
      ['数字化管理者训练营', 'Digital Leadership Bootcamp'],
      ['一线员工数字技能实训', 'Hands-on Digital Skills for Operators'],
    ],
    kind: 'service',
    scenarios: ['training'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [7, 30],
    price: 'service',
    fit: [],
    lead: [
      '一套面向老板、中层和一线员工的分层数字化培训服务',
      'layered digital training for owners, managers and front-line staff',
    ],
    features: [
      ['老板班讲清转型方法和投入产出', 'an owners’ course on transformation methods and returns'],
      [
        '中层班学习精益、数据分析和项目管理',
        'managers learn lean, data analysis and project management',
      ],
      [
        '一线员工上机实操，学会用系统',
        'operators practise hands-on until they can use the systems',
      ],
      ['看样学样：组织参观标杆工厂', 'learn by looking: visits to benchmark factories'],
      ['培训后考核并颁发结业证书', 'assessment and certificates after training'],
    ],
    pains: [
      ['系统买了员工不会用、不愿用', 'systems were bought but staff cannot or will not use them'],
      ['企业里没有懂数字化的人', 'nobody in the firm understands digital tools'],
    ],
    results: [
      {
        zh: '参训员工系统操作考核通过率 {n}%',
        en: '{n}% of trainees passed the hands-on system test',
        range: [90, 99],
      },
      {
        zh: '培养内部数字化骨干 {n} 名',
        en: '{n} internal digital champions were developed',
        range: [3, 12],
      },
      {
        zh: '培训后系统日活跃率提升到 {n}%',
        en: 'daily system usage rose to {n}% after training',
        range: [80, 95],
      },
    ],
    tags: ['人才培养', '看样学样'],
  },
  {
    id: 'elearning',
    names: [
      ['企业在线学习平台', 'Corporate e-Learning Platform'],
      ['制造业技能微课堂', 'Manufacturing Skills Micro-classes'],
    ],
    kind: 'saas',
    scenarios: ['training', 'hr'],
    stages: [1, 2, 3],
    deployments: ['public_cloud'],
    delivery: [0, 5],
    price: 'tool',
    fit: 'generic',
    lead: [
      '一个内置制造业课程库的在线学习与考试平台',
      'an online learning and testing platform with a built-in manufacturing course library',
    ],
    features: [
      [
        '上千门安全、质量、精益和数字化课程',
        'over a thousand courses on safety, quality, lean and digital skills',
      ],
      ['企业自有 SOP 视频一键上传成课', 'upload in-house SOP videos as courses in one click'],
      ['岗位学习地图和在线考试', 'learning paths per role and online exams'],
      ['手机碎片化学习，积分激励', 'bite-sized mobile learning with points and rewards'],
      ['培训记录自动归档，满足审核要求', 'training records archived automatically for audits'],
    ],
    pains: [
      [
        '新员工培训全靠师傅带，质量参差不齐',
        'new staff learn only from whichever veteran they shadow',
      ],
      ['三班倒工人很难集中培训', 'shift workers can hardly be gathered for training'],
    ],
    results: [
      {
        zh: '新员工上岗培训时间缩短 {n}%',
        en: 'onboarding training time fell by {n}%',
        range: [30, 50],
      },
      {
        zh: '年人均学习时长达到 {n} 小时',
        en: 'average learning time reached {n} hours per person a year',
        range: [20, 48],
      },
      {
        zh: '培训组织成本下降 {n}%',
        en: 'training organisation costs fell by {n}%',
        range: [40, 65],
      },
    ],
    tags: ['移动端', '人才培养'],
  },
];
