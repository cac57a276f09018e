import {
  DASHBOARD_LEVEL_KEYS,
  type DashboardCsvLang,
  type DashboardOverview,
} from '@toolbox/contracts';
import { industryByCode, regionByCode, SCENARIOS } from '@toolbox/domain';

const SCENARIO_NAMES = new Map(SCENARIOS.map((s) => [s.code as string, s]));

type Cell = string | number;

interface Texts {
  overview: string;
  overviewHeader: string[];
  country: string;
  allIndustries: string;
  levels: string;
  levelsHeader: string[];
  byIndustry: string;
  byIndustryHeader: string[];
  scenarios: string;
  scenariosHeader: string[];
  funnel: string;
  funnelHeader: string[];
  programmes: string;
  programmesHeader: string[];
}

const LEVEL_COLUMNS = DASHBOARD_LEVEL_KEYS.map((k) => `L${k}`);

/** Section titles and headers (docs/dashboards.md "CSV"). */
const TEXTS: Record<DashboardCsvLang, Texts> = {
  'zh-CN': {
    overview: '总览',
    overviewHeader: ['地区代码', '地区', '行业代码', '行业', '企业数', '已评估企业数'],
    country: '全国',
    allIndustries: '全部行业',
    levels: '数字化水平分布（已评估企业）',
    levelsHeader: ['等级', '企业数'],
    byIndustry: '分行业数字化水平（已评估企业）',
    byIndustryHeader: ['行业代码', '行业', '企业数', ...LEVEL_COLUMNS],
    scenarios: '场景供需',
    scenariosHeader: ['场景代码', '场景', '薄弱企业数', '有需求企业数', '可服务产品数'],
    funnel: '线索漏斗',
    funnelHeader: ['咨询', '试用', '成交'],
    programmes: '扶持项目预算',
    programmesHeader: ['项目ID', '项目名称', '预算（元）', '已承诺（元）'],
  },
  en: {
    overview: 'Overview',
    overviewHeader: ['Region code', 'Region', 'Industry code', 'Industry', 'SMEs', 'Assessed SMEs'],
    country: 'Whole country',
    allIndustries: 'All industries',
    levels: 'Digital level distribution (assessed SMEs)',
    levelsHeader: ['Level', 'SMEs'],
    byIndustry: 'Digital levels by industry (assessed SMEs)',
    byIndustryHeader: ['Industry code', 'Industry', 'SMEs', ...LEVEL_COLUMNS],
    scenarios: 'Scenario demand and supply',
    scenariosHeader: [
      'Scenario code',
      'Scenario',
      'Weak SMEs',
      'SMEs needing it',
      'Offerings serving it',
    ],
    funnel: 'Lead funnel',
    funnelHeader: ['Inquiries', 'Trials', 'Won'],
    programmes: 'Programme budgets',
    programmesHeader: ['Programme ID', 'Programme', 'Budget (CNY)', 'Committed (CNY)'],
  },
};

/** Integer fen as yuan with two decimals, exactly (no floating point). */
export function centsToYuan(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (leading `=`, `+`, `-`, `@`, tab, CR) gets a leading `'`.
 */
export function csvField(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function name(lang: DashboardCsvLang, x: { nameZh: string; nameEn: string } | undefined): string {
  if (x === undefined) return '';
  return lang === 'en' ? x.nameEn : x.nameZh;
}

/**
 * The overview as CSV: UTF-8 with a byte-order mark (so spreadsheet software reads the Chinese
 * right), CRLF line ends, one table per section — a title line, a header row, the rows — with
 * an empty line between sections. Every number is the JSON's.
 */
export function overviewCsv(view: DashboardOverview, lang: DashboardCsvLang): string {
  const t = TEXTS[lang];
  const sections: Cell[][][] = [
    [
      [t.overview],
      t.overviewHeader,
      [
        view.filter.region ?? '',
        view.filter.region === null ? t.country : name(lang, regionByCode(view.filter.region)),
        view.filter.industry ?? '',
        view.filter.industry === null
          ? t.allIndustries
          : name(lang, industryByCode(view.filter.industry)),
        view.smes,
        view.assessed,
      ],
    ],
    [[t.levels], t.levelsHeader, ...DASHBOARD_LEVEL_KEYS.map((k) => [`L${k}`, view.levels[k]])],
    [
      [t.byIndustry],
      t.byIndustryHeader,
      ...view.byIndustry.map((r) => [
        r.industry,
        name(lang, industryByCode(r.industry)),
        r.smes,
        ...DASHBOARD_LEVEL_KEYS.map((k) => r.levels[k]),
      ]),
    ],
    [
      [t.scenarios],
      t.scenariosHeader,
      ...view.scenarios.map((r) => [
        r.scenario,
        name(lang, SCENARIO_NAMES.get(r.scenario)),
        r.smesWeak,
        r.smesNeeding,
        r.offeringsServing,
      ]),
    ],
    [[t.funnel], t.funnelHeader, [view.funnel.inquiries, view.funnel.trials, view.funnel.won]],
    [
      [t.programmes],
      t.programmesHeader,
      ...view.programmes.map((p) => [
        p.id,
        p.name,
        centsToYuan(p.budgetCents),
        centsToYuan(p.committedCents),
      ]),
    ],
  ];
  const body = sections
    .map((rows) => rows.map((row) => row.map(csvField).join(',')).join('\r\n'))
    .join('\r\n\r\n');
  return `\uFEFF${body}\r\n`;
}

/** `dashboard-<region|CN>-<industry|all>-<YYYY-MM-DD>.csv` (ASCII only, safe in any header). */
export function overviewCsvFilename(view: DashboardOverview, now: Date): string {
  const day = now.toISOString().slice(0, 10);
  return `dashboard-${view.filter.region ?? 'CN'}-${view.filter.industry ?? 'all'}-${day}.csv`;
}
