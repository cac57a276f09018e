/**
 * Industries: GB/T 4754-2017 (《国民经济行业分类》) division codes, written as the section letter
 * followed by the two-digit division (e.g. `C34`). All manufacturing divisions C13–C43 plus the
 * trade, warehousing and service divisions our SMEs and providers most often belong to.
 */
export interface Industry {
  /** Section letter + division number, e.g. `C34`. */
  code: string;
  /** The official GB/T 4754-2017 division name. */
  nameZh: string;
  nameEn: string;
}

export const INDUSTRIES: readonly Industry[] = [
  {
    code: 'C13',
    nameZh: '农副食品加工业',
    nameEn: 'Processing of food from agricultural products',
  },
  { code: 'C14', nameZh: '食品制造业', nameEn: 'Food manufacturing' },
  {
    code: 'C15',
    nameZh: '酒、饮料和精制茶制造业',
    nameEn: 'Manufacture of liquor, beverages and refined tea',
  },
  { code: 'C16', nameZh: '烟草制品业', nameEn: 'Manufacture of tobacco products' },
  { code: 'C17', nameZh: '纺织业', nameEn: 'Manufacture of textiles' },
  {
    code: 'C18',
    nameZh: '纺织服装、服饰业',
    nameEn: 'Manufacture of textile garments and apparel',
  },
  {
    code: 'C19',
    nameZh: '皮革、毛皮、羽毛及其制品和制鞋业',
    nameEn: 'Manufacture of leather, fur, feathers and related products, and footwear',
  },
  {
    code: 'C20',
    nameZh: '木材加工和木、竹、藤、棕、草制品业',
    nameEn: 'Processing of timber; manufacture of wood, bamboo, rattan, palm and straw products',
  },
  { code: 'C21', nameZh: '家具制造业', nameEn: 'Manufacture of furniture' },
  { code: 'C22', nameZh: '造纸和纸制品业', nameEn: 'Manufacture of paper and paper products' },
  {
    code: 'C23',
    nameZh: '印刷和记录媒介复制业',
    nameEn: 'Printing and reproduction of recorded media',
  },
  {
    code: 'C24',
    nameZh: '文教、工美、体育和娱乐用品制造业',
    nameEn:
      'Manufacture of articles for culture, education, arts and crafts, sport and entertainment',
  },
  {
    code: 'C25',
    nameZh: '石油、煤炭及其他燃料加工业',
    nameEn: 'Processing of petroleum, coal and other fuels',
  },
  {
    code: 'C26',
    nameZh: '化学原料和化学制品制造业',
    nameEn: 'Manufacture of chemical raw materials and chemical products',
  },
  { code: 'C27', nameZh: '医药制造业', nameEn: 'Manufacture of pharmaceuticals' },
  { code: 'C28', nameZh: '化学纤维制造业', nameEn: 'Manufacture of chemical fibres' },
  { code: 'C29', nameZh: '橡胶和塑料制品业', nameEn: 'Manufacture of rubber and plastic products' },
  {
    code: 'C30',
    nameZh: '非金属矿物制品业',
    nameEn: 'Manufacture of non-metallic mineral products',
  },
  {
    code: 'C31',
    nameZh: '黑色金属冶炼和压延加工业',
    nameEn: 'Smelting and pressing of ferrous metals',
  },
  {
    code: 'C32',
    nameZh: '有色金属冶炼和压延加工业',
    nameEn: 'Smelting and pressing of non-ferrous metals',
  },
  { code: 'C33', nameZh: '金属制品业', nameEn: 'Manufacture of metal products' },
  { code: 'C34', nameZh: '通用设备制造业', nameEn: 'Manufacture of general-purpose machinery' },
  { code: 'C35', nameZh: '专用设备制造业', nameEn: 'Manufacture of special-purpose machinery' },
  { code: 'C36', nameZh: '汽车制造业', nameEn: 'Manufacture of motor vehicles' },
  {
    code: 'C37',
    nameZh: '铁路、船舶、航空航天和其他运输设备制造业',
    nameEn: 'Manufacture of railway, ship, aerospace and other transport equipment',
  },
  {
    code: 'C38',
    nameZh: '电气机械和器材制造业',
    nameEn: 'Manufacture of electrical machinery and equipment',
  },
  {
    code: 'C39',
    nameZh: '计算机、通信和其他电子设备制造业',
    nameEn: 'Manufacture of computers, communication and other electronic equipment',
  },
  {
    code: 'C40',
    nameZh: '仪器仪表制造业',
    nameEn: 'Manufacture of measuring instruments and meters',
  },
  { code: 'C41', nameZh: '其他制造业', nameEn: 'Other manufacturing' },
  { code: 'C42', nameZh: '废弃资源综合利用业', nameEn: 'Recycling and reuse of waste resources' },
  {
    code: 'C43',
    nameZh: '金属制品、机械和设备修理业',
    nameEn: 'Repair of metal products, machinery and equipment',
  },
  { code: 'F51', nameZh: '批发业', nameEn: 'Wholesale trade' },
  { code: 'F52', nameZh: '零售业', nameEn: 'Retail trade' },
  {
    code: 'G59',
    nameZh: '装卸搬运和仓储业',
    nameEn: 'Loading, unloading, handling and warehousing',
  },
  { code: 'I65', nameZh: '软件和信息技术服务业', nameEn: 'Software and IT services' },
  { code: 'L72', nameZh: '商务服务业', nameEn: 'Business services' },
];

export const INDUSTRY_CODES: readonly string[] = INDUSTRIES.map((industry) => industry.code);

const INDUSTRY_BY_CODE: ReadonlyMap<string, Industry> = new Map(
  INDUSTRIES.map((industry) => [industry.code, industry]),
);

/** True for a code of our industry list (case-sensitive: `c34` is not a code). */
export function isIndustryCode(code: string): boolean {
  return INDUSTRY_BY_CODE.has(code);
}

export function industryByCode(code: string): Industry | undefined {
  return INDUSTRY_BY_CODE.get(code);
}
