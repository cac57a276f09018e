/**
 * Regions: GB/T 2260 six-digit administrative division codes. We list the 31 provincial-level
 * divisions and the capital city of each.
 *
 * Code shape: `PP0000` is a province, `PPCC00` a prefecture-level city inside province `PP`.
 *
 * Municipalities (北京, 天津, 上海, 重庆) are provinces in GB/T 2260 and have no separate
 * capital city. As their "capital" we use the municipality's first prefecture-level code,
 * `PP0100` (GB/T 2260 市辖区, the city districts), named `北京城区` / "Beijing (urban districts)"
 * and so on. A firm may therefore be located in `110100` (inside Beijing) or known only as `110000`.
 */
export interface Region {
  code: string;
  nameZh: string;
  nameEn: string;
  /** The province code for a city, null for a province. */
  parent: string | null;
}

type ProvinceRow = readonly [
  code: string,
  nameZh: string,
  nameEn: string,
  capitalCode: string,
  capitalZh: string,
  capitalEn: string,
];

const PROVINCES_AND_CAPITALS: readonly ProvinceRow[] = [
  ['110000', '北京市', 'Beijing', '110100', '北京城区', 'Beijing (urban districts)'],
  ['120000', '天津市', 'Tianjin', '120100', '天津城区', 'Tianjin (urban districts)'],
  ['130000', '河北省', 'Hebei', '130100', '石家庄市', 'Shijiazhuang'],
  ['140000', '山西省', 'Shanxi', '140100', '太原市', 'Taiyuan'],
  ['150000', '内蒙古自治区', 'Inner Mongolia Autonomous Region', '150100', '呼和浩特市', 'Hohhot'],
  ['210000', '辽宁省', 'Liaoning', '210100', '沈阳市', 'Shenyang'],
  ['220000', '吉林省', 'Jilin', '220100', '长春市', 'Changchun'],
  ['230000', '黑龙江省', 'Heilongjiang', '230100', '哈尔滨市', 'Harbin'],
  ['310000', '上海市', 'Shanghai', '310100', '上海城区', 'Shanghai (urban districts)'],
  ['320000', '江苏省', 'Jiangsu', '320100', '南京市', 'Nanjing'],
  ['330000', '浙江省', 'Zhejiang', '330100', '杭州市', 'Hangzhou'],
  ['340000', '安徽省', 'Anhui', '340100', '合肥市', 'Hefei'],
  ['350000', '福建省', 'Fujian', '350100', '福州市', 'Fuzhou'],
  ['360000', '江西省', 'Jiangxi', '360100', '南昌市', 'Nanchang'],
  ['370000', '山东省', 'Shandong', '370100', '济南市', 'Jinan'],
  ['410000', '河南省', 'Henan', '410100', '郑州市', 'Zhengzhou'],
  ['420000', '湖北省', 'Hubei', '420100', '武汉市', 'Wuhan'],
  ['430000', '湖南省', 'Hunan', '430100', '长沙市', 'Changsha'],
  ['440000', '广东省', 'Guangdong', '440100', '广州市', 'Guangzhou'],
  ['450000', '广西壮族自治区', 'Guangxi Zhuang Autonomous Region', '450100', '南宁市', 'Nanning'],
  ['460000', '海南省', 'Hainan', '460100', '海口市', 'Haikou'],
  ['500000', '重庆市', 'Chongqing', '500100', '重庆城区', 'Chongqing (urban districts)'],
  ['510000', '四川省', 'Sichuan', '510100', '成都市', 'Chengdu'],
  ['520000', '贵州省', 'Guizhou', '520100', '贵阳市', 'Guiyang'],
  ['530000', '云南省', 'Yunnan', '530100', '昆明市', 'Kunming'],
  ['540000', '西藏自治区', 'Xizang (Tibet) Autonomous Region', '540100', '拉萨市', 'Lhasa'],
  ['610000', '陕西省', 'Shaanxi', '610100', '西安市', "Xi'an"],
  ['620000', '甘肃省', 'Gansu', '620100', '兰州市', 'Lanzhou'],
  ['630000', '青海省', 'Qinghai', '630100', '西宁市', 'Xining'],
  ['640000', '宁夏回族自治区', 'Ningxia Hui Autonomous Region', '640100', '银川市', 'Yinchuan'],
  [
    '650000',
    '新疆维吾尔自治区',
    'Xinjiang Uygur Autonomous Region',
    '650100',
    '乌鲁木齐市',
    'Urumqi',
  ],
];

/** All regions: each province immediately followed by its capital, provinces in code order. */
export const REGIONS: readonly Region[] = PROVINCES_AND_CAPITALS.flatMap(
  ([code, nameZh, nameEn, capitalCode, capitalZh, capitalEn]): Region[] => [
    { code, nameZh, nameEn, parent: null },
    { code: capitalCode, nameZh: capitalZh, nameEn: capitalEn, parent: code },
  ],
);

export const REGION_CODES: readonly string[] = REGIONS.map((region) => region.code);

const REGION_BY_CODE: ReadonlyMap<string, Region> = new Map(
  REGIONS.map((region) => [region.code, region]),
);

const DIVISION_CODE = /^\d{6}$/;

/** True for a code of our region list. */
export function isRegionCode(code: string): boolean {
  return REGION_BY_CODE.has(code);
}

export function regionByCode(code: string): Region | undefined {
  return REGION_BY_CODE.get(code);
}

/**
 * The code of the province that contains a region; a province returns itself.
 * Works from the code's structure (`PPxxxx` → `PP0000`), so it also answers for valid GB/T 2260
 * codes outside our list. Throws a RangeError for anything that is not six digits.
 */
export function provinceOf(code: string): string {
  if (!DIVISION_CODE.test(code)) {
    throw new RangeError(`Not a GB/T 2260 region code: "${code}"`);
  }
  return `${code.slice(0, 2)}0000`;
}

/**
 * The region codes an offering may list to serve a firm located in `firmRegion` (besides being
 * nationwide): the firm's own region and every division containing it — for a city, its
 * province; for a county-level code (not in our list, but well-formed), also its city.
 * Used to build search filters: an offering serves the firm when it lists none of its regions
 * or any of these. A malformed code is only served by itself.
 */
export function regionsThatServe(firmRegion: string): string[] {
  if (!DIVISION_CODE.test(firmRegion)) return [firmRegion];
  const result = [firmRegion];
  const city = `${firmRegion.slice(0, 4)}00`;
  if (city !== firmRegion) result.push(city);
  const province = provinceOf(firmRegion);
  if (!result.includes(province)) result.push(province);
  return result;
}

/**
 * The "serves" rule of API v1: an offering serves a firm located in region X when it is
 * nationwide (`offeringRegions` is empty), lists X, or lists the province that contains X.
 * A city-only offering does not serve a firm known only by its province.
 */
export function offeringServesRegion(
  offeringRegions: readonly string[],
  firmRegion: string,
): boolean {
  if (offeringRegions.length === 0) return true;
  return regionsThatServe(firmRegion).some((code) => offeringRegions.includes(code));
}

/**
 * Containment: `inner` lies inside `outer` when it is `outer` itself or a division of it — a
 * province contains its cities (and their counties), a city its counties. A province does not
 * lie inside one of its cities, and nothing lies inside another province. A malformed code lies
 * only inside itself. Used for programme eligibility and gov-account scoping (API v1).
 */
export function regionContains(outer: string, inner: string): boolean {
  return regionsThatServe(inner).includes(outer);
}
