import type { Bi, IndustryFlavour } from './types.js';

/** Industry editions: how offerings for one industry talk about its firms and pains. */
export const INDUSTRY_FLAVOURS: readonly IndustryFlavour[] = [
  {
    codes: ['C13', 'C14'],
    edition: ['农副食品加工版', 'Agri-food Processing Edition'],
    firms: ['粮油、肉制品、果蔬等农副食品加工企业', 'grain, oil, meat and produce processors'],
    sample: ['粮油加工厂', 'edible-oil mill'],
    pains: [
      ['原料批次多、保质期管理难', 'many raw-material batches and hard-to-track shelf lives'],
      ['食品安全追溯要求越来越严', 'ever stricter food-safety traceability rules'],
      ['旺季订单集中、产能紧张', 'orders piling up in peak season'],
    ],
  },
  {
    codes: ['C14', 'C13'],
    edition: ['食品制造版', 'Food Manufacturing Edition'],
    firms: ['烘焙、速冻、调味品和休闲食品企业', 'bakery, frozen-food, condiment and snack makers'],
    sample: ['烘焙食品厂', 'bakery plant'],
    pains: [
      ['配方和投料全靠老师傅经验', 'recipes and dosing living in senior staff’s heads'],
      ['临期品和退货损耗大', 'heavy losses from near-expiry stock and returns'],
      ['客户审厂时追溯资料难以快速调出', 'traceability records that are slow to produce in audits'],
    ],
  },
  {
    codes: ['C15'],
    edition: ['酒饮茶行业版', 'Beverage & Tea Edition'],
    firms: ['白酒、饮料和精制茶生产企业', 'liquor, beverage and refined-tea producers'],
    sample: ['茶叶精制厂', 'tea refinery'],
    pains: [
      ['经销商多层级、窜货难管', 'multi-tier distributors and grey-market diversion'],
      ['批次口感一致性难保证', 'inconsistent taste from batch to batch'],
    ],
  },
  {
    codes: ['C17', 'C18'],
    edition: ['纺织行业版', 'Textile Edition'],
    firms: ['纺纱、织造和印染企业', 'spinning, weaving and dyeing mills'],
    sample: ['织造厂', 'weaving mill'],
    pains: [
      ['织机台数多、停机原因说不清', 'many looms and unexplained stoppages'],
      ['订单小批量、换品种频繁', 'small orders and frequent style changes'],
      ['坯布和成品库存账实不符', 'grey-fabric and finished stock that never matches the books'],
    ],
  },
  {
    codes: ['C18', 'C17'],
    edition: ['服装服饰版', 'Apparel Edition'],
    firms: ['服装、针织和服饰加工企业', 'garment, knitwear and accessory makers'],
    sample: ['服装加工厂', 'garment factory'],
    pains: [
      ['计件工资月底核算要好几天', 'piece-rate payroll taking days at month end'],
      ['款多量少、交期短', 'many styles, small lots and short lead times'],
      ['外发加工进度看不见', 'no view of outsourced sewing progress'],
    ],
  },
  {
    codes: ['C19'],
    edition: ['鞋服皮革版', 'Footwear & Leather Edition'],
    firms: ['制鞋、箱包和皮革制品企业', 'footwear, luggage and leather-goods makers'],
    sample: ['制鞋厂', 'shoe factory'],
    pains: [
      ['尺码配比复杂、物料齐套难', 'complex size mixes and incomplete material kits'],
      ['季节性强、库存积压', 'strong seasonality and excess stock'],
    ],
  },
  {
    codes: ['C21', 'C20'],
    edition: ['家具行业版', 'Furniture Edition'],
    firms: ['板式、实木和定制家具企业', 'panel, solid-wood and custom furniture makers'],
    sample: ['定制家具厂', 'custom-furniture plant'],
    pains: [
      ['定制订单拆单靠人工、错单率高', 'manual order splitting and frequent mistakes'],
      ['板材利用率低', 'poor board utilisation'],
      ['安装售后派单混乱', 'chaotic installation and after-sales dispatch'],
    ],
  },
  {
    codes: ['C22', 'C23'],
    edition: ['纸品包装版', 'Paper & Packaging Edition'],
    firms: ['纸箱、彩印和包装制品企业', 'carton, colour-printing and packaging makers'],
    sample: ['纸箱包装厂', 'carton plant'],
    pains: [
      ['订单碎、工单多、报价慢', 'fragmented orders, many jobs and slow quotes'],
      ['纸板损耗和印刷废品难统计', 'board waste and misprints that nobody counts'],
    ],
  },
  {
    codes: ['C23', 'C22'],
    edition: ['印刷行业版', 'Printing Edition'],
    firms: ['书刊、商务和标签印刷企业', 'book, commercial and label printers'],
    sample: ['印刷厂', 'print shop'],
    pains: [
      ['印前文件版本混乱', 'confusing prepress file versions'],
      ['急单插单多、机台排产难', 'rush jobs that upset press schedules'],
    ],
  },
  {
    codes: ['C24'],
    edition: ['文体用品版', 'Stationery & Sports Goods Edition'],
    firms: ['文具、玩具、体育用品和工艺品企业', 'stationery, toy, sports-goods and craft makers'],
    sample: ['文具厂', 'stationery factory'],
    pains: [
      ['外贸订单验货标准多', 'many export inspection standards'],
      ['SKU 多、包装物料易错', 'many SKUs and mixed-up packaging materials'],
    ],
  },
  {
    codes: ['C26'],
    edition: ['化工行业版', 'Chemicals Edition'],
    firms: ['涂料、助剂、精细化工企业', 'coatings, additives and fine-chemical producers'],
    sample: ['精细化工厂', 'fine-chemicals plant'],
    pains: [
      ['危化品管理和安全检查压力大', 'pressure from hazardous-chemical rules and inspections'],
      ['配方保密与批次记录要求高', 'confidential recipes and strict batch records'],
      ['蒸汽和电耗成本高', 'high steam and power costs'],
    ],
  },
  {
    codes: ['C27'],
    edition: ['医药行业版', 'Pharmaceutical Edition'],
    firms: ['原料药、制剂和医疗器械配套企业', 'API, formulation and medical-supply producers'],
    sample: ['制剂厂', 'formulation plant'],
    pains: [
      ['GMP 记录纸质化、审计准备工作量大', 'paper GMP records and heavy audit preparation'],
      ['洁净区环境数据要连续记录', 'clean-room data that must be logged continuously'],
    ],
  },
  {
    codes: ['C28', 'C17'],
    edition: ['化纤行业版', 'Chemical Fibre Edition'],
    firms: ['涤纶、锦纶等化学纤维企业', 'polyester and nylon fibre producers'],
    sample: ['化纤厂', 'fibre plant'],
    pains: [
      ['纺丝工艺参数波动影响等级品率', 'spinning parameter drift that lowers grade yield'],
      ['丝锭物流和批号管理复杂', 'complex bobbin logistics and lot numbers'],
    ],
  },
  {
    codes: ['C29'],
    edition: ['注塑行业版', 'Plastics Edition'],
    firms: [
      '注塑、吹塑和橡胶制品企业',
      'injection-moulding, blow-moulding and rubber-goods makers',
    ],
    sample: ['注塑厂', 'injection-moulding plant'],
    pains: [
      ['模具多、换模频繁、调机时间长', 'many moulds, frequent changeovers and long set-ups'],
      ['注塑机开机率说不清', 'guesswork about the presses’ real uptime'],
      ['不良品靠月底盘点才发现', 'defects discovered only at month-end stock-taking'],
    ],
  },
  {
    codes: ['C30'],
    edition: ['建材行业版', 'Building Materials Edition'],
    firms: [
      '水泥制品、陶瓷、玻璃和新型建材企业',
      'concrete, ceramics, glass and building-material makers',
    ],
    sample: ['陶瓷厂', 'ceramics plant'],
    pains: [
      ['窑炉能耗高、波动大', 'kilns with high and unstable energy use'],
      ['粉尘和高温作业安全风险大', 'dust and high-temperature safety risks'],
    ],
  },
  {
    codes: ['C31', 'C32'],
    edition: ['冶金行业版', 'Metallurgy Edition'],
    firms: ['钢材、铝材和有色金属压延企业', 'steel, aluminium and non-ferrous rolling mills'],
    sample: ['铝型材厂', 'aluminium-profile mill'],
    pains: [
      ['电费占成本比重高', 'electricity as a large share of cost'],
      ['大型设备突发故障停产损失大', 'costly unplanned stops of large equipment'],
    ],
  },
  {
    codes: ['C32', 'C31'],
    edition: ['有色压延版', 'Non-ferrous Edition'],
    firms: ['铜材、铝箔和有色金属加工企业', 'copper, aluminium-foil and non-ferrous processors'],
    sample: ['铜加工厂', 'copper-processing plant'],
    pains: [
      ['原料价格波动大、成本核算滞后', 'volatile metal prices and late cost accounting'],
      ['卷料批次和性能数据难关联', 'coil batches that cannot be linked to test data'],
    ],
  },
  {
    codes: ['C33', 'C34'],
    edition: ['五金制品版', 'Metal Products Edition'],
    firms: [
      '五金、紧固件、钣金和金属结构件企业',
      'hardware, fastener, sheet-metal and structure makers',
    ],
    sample: ['五金厂', 'hardware factory'],
    pains: [
      ['工序多、外协多、在制品看不清', 'many operations, much outsourcing and invisible WIP'],
      ['冲压和焊接工位安全隐患多', 'safety hazards at press and welding stations'],
      ['报价靠经验，利润算不准', 'quotes by gut feeling and unclear margins'],
    ],
  },
  {
    codes: ['C34', 'C35'],
    edition: ['通用设备版', 'General Machinery Edition'],
    firms: ['泵阀、轴承、减速机等通用设备企业', 'pump, valve, bearing and gearbox makers'],
    sample: ['泵阀厂', 'pump-and-valve plant'],
    pains: [
      ['多品种小批量、计划频繁变更', 'high-mix low-volume work and constant plan changes'],
      ['数控机床利用率低', 'low utilisation of CNC machines'],
      ['图纸和工艺版本对不上', 'drawings and routings out of sync'],
    ],
  },
  {
    codes: ['C35', 'C34'],
    edition: ['专用设备版', 'Special Machinery Edition'],
    firms: [
      '非标自动化、包装机械和专用设备企业',
      'custom automation, packaging-machine and special-equipment builders',
    ],
    sample: ['非标设备厂', 'custom-automation builder'],
    pains: [
      ['项目型生产、BOM 变更频繁', 'project-based builds with frequent BOM changes'],
      ['设备交付后售后响应慢', 'slow after-sales service once machines are delivered'],
    ],
  },
  {
    codes: ['C36'],
    edition: ['汽配行业版', 'Auto Parts Edition'],
    firms: ['汽车零部件二、三级供应商', 'tier-2 and tier-3 auto-parts suppliers'],
    sample: ['汽车零部件厂', 'auto-parts plant'],
    pains: [
      ['主机厂要求零件级追溯', 'OEMs demanding part-level traceability'],
      ['JIT 供货、交付窗口严格', 'JIT deliveries with strict windows'],
      ['PPAP 和 8D 报告整理耗时', 'time-consuming PPAP and 8D paperwork'],
    ],
  },
  {
    codes: ['C37'],
    edition: ['运输装备版', 'Transport Equipment Edition'],
    firms: ['船舶配套、轨道交通和摩托车零部件企业', 'marine, rail and motorcycle component makers'],
    sample: ['轨交配套厂', 'rail-component plant'],
    pains: [
      ['产品认证和质量档案要求严', 'strict certification and quality dossiers'],
      ['大件生产周期长、进度难控', 'long cycles on large parts and hard-to-control progress'],
    ],
  },
  {
    codes: ['C38', 'C39'],
    edition: ['电气机械版', 'Electrical Equipment Edition'],
    firms: ['电机、开关、线缆和小家电企业', 'motor, switchgear, cable and small-appliance makers'],
    sample: ['电机厂', 'electric-motor plant'],
    pains: [
      ['装配线节拍不稳、返修率高', 'unstable line takt and high rework'],
      ['客户要求产品序列号追溯', 'customers requiring serial-number traceability'],
      ['铜材等原料占用资金大', 'copper and other materials tying up cash'],
    ],
  },
  {
    codes: ['C39', 'C40'],
    edition: ['电子制造版', 'Electronics Edition'],
    firms: ['SMT 贴片、电子组装和线束企业', 'SMT, electronics-assembly and wire-harness makers'],
    sample: ['电子组装厂', 'electronics-assembly plant'],
    pains: [
      ['物料种类上千、齐套检查靠人工', 'thousands of parts and manual kitting checks'],
      ['贴片和测试数据散落在各台设备', 'SMT and test data scattered across machines'],
      ['客户验厂要求 MSD 和 ESD 管控', 'customer audits requiring MSD and ESD control'],
    ],
  },
  {
    codes: ['C40'],
    edition: ['仪器仪表版', 'Instruments Edition'],
    firms: ['传感器、仪表和检测设备企业', 'sensor, meter and test-equipment makers'],
    sample: ['仪表厂', 'instrument plant'],
    pains: [
      ['校准检定记录量大', 'large volumes of calibration records'],
      ['研发改型快、版本多', 'fast design changes and many versions'],
    ],
  },
  {
    codes: ['C42'],
    edition: ['再生资源版', 'Recycling Edition'],
    firms: ['废旧金属、塑料和纸张回收利用企业', 'scrap-metal, plastic and paper recyclers'],
    sample: ['再生资源厂', 'recycling plant'],
    pains: [
      ['过磅收料环节易出错', 'errors at the weighbridge'],
      ['环保台账要求高', 'demanding environmental records'],
    ],
  },
  {
    codes: ['C43', 'C34'],
    edition: ['设备维修版', 'Repair Services Edition'],
    firms: ['机械设备和金属制品维修企业', 'machinery and metal-product repair shops'],
    sample: ['设备维修公司', 'machinery repair shop'],
    pains: [
      ['维修工单和备件领用靠纸单', 'paper repair tickets and spare-part slips'],
      ['客户设备档案分散', 'customer equipment records scattered everywhere'],
    ],
  },
  {
    codes: ['C41', 'C24'],
    edition: ['小商品制造版', 'Small Goods Edition'],
    firms: ['日用品、饰品和小商品制造企业', 'household-goods, accessory and small-goods makers'],
    sample: ['日用品厂', 'household-goods factory'],
    pains: [
      ['电商订单波动大、备货难', 'volatile e-commerce orders and hard stock planning'],
      ['包材和辅料常常缺料', 'frequent shortages of packaging and auxiliaries'],
    ],
  },
  {
    codes: ['F51', 'G59'],
    edition: ['工贸一体版', 'Trading & Manufacturing Edition'],
    firms: [
      '工贸一体和工业品批发企业',
      'trading-and-manufacturing firms and industrial wholesalers',
    ],
    sample: ['工业品批发商', 'industrial wholesaler'],
    pains: [
      ['客户价格体系复杂', 'complex customer price lists'],
      ['多仓库库存不透明', 'stock spread over several warehouses with no overview'],
    ],
  },
  {
    codes: ['G59', 'F51'],
    edition: ['仓储物流版', 'Warehousing Edition'],
    firms: ['第三方仓储和园区物流企业', 'third-party warehousing and park-logistics firms'],
    sample: ['第三方仓库', 'third-party warehouse'],
    pains: [
      ['货主多、计费规则复杂', 'many cargo owners and complex billing rules'],
      ['拣货路径长、错发漏发', 'long picking routes and wrong shipments'],
    ],
  },
];

const BY_CODE = new Map(INDUSTRY_FLAVOURS.map((flavour) => [flavour.codes[0], flavour]));

export function flavourFor(code: string): IndustryFlavour {
  const flavour = BY_CODE.get(code);
  if (flavour === undefined) throw new RangeError(`No industry flavour for ${code}`);
  return flavour;
}

/** The main codes that have an industry edition. */
export const FLAVOUR_CODES: readonly string[] = INDUSTRY_FLAVOURS.map((f) => f.codes[0]);

/** How generic (all-industry) offerings describe their customers. */
export const GENERIC_FIRMS: readonly Bi[] = [
  ['各类离散与流程制造中小企业', 'small and mid-sized discrete and process manufacturers'],
  [
    '年营收几百万到数亿元的制造企业',
    'manufacturers with annual revenue from a few million to a few hundred million yuan',
  ],
  ['正在推进数字化转型的中小工厂', 'small factories in the middle of their digital transformation'],
  ['专精特新“小巨人”及成长型中小企业', 'specialised “little giant” firms and fast-growing SMEs'],
  ['产业集群和园区内的中小制造企业', 'SMEs in industrial clusters and parks'],
];

export const GENERIC_SAMPLES: readonly Bi[] = [
  ['机械加工企业', 'machining company'],
  ['电子元器件厂', 'electronic-components plant'],
  ['包装材料厂', 'packaging-materials plant'],
  ['五金配件厂', 'hardware-parts factory'],
  ['塑料制品企业', 'plastic-products maker'],
  ['食品加工企业', 'food processor'],
  ['纺织企业', 'textile company'],
];
