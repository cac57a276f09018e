import {
  DEPLOYMENT_LABELS,
  INDUSTRIES,
  OFFERING_KIND_LABELS,
  REGIONS,
  SCENARIO_GROUPS,
  SCENARIOS,
  industryByCode,
  isDeployment,
  isOfferingKind,
  regionByCode,
  scenarioByCode,
  stageByLevel,
  type Scenario,
  type ScenarioGroup,
} from '@toolbox/domain';
import type { Language } from '../../lib/i18n';

/** A bilingual name in the UI language. */
export function localName(label: { nameZh: string; nameEn: string }, language: Language): string {
  return language === 'en' ? label.nameEn : label.nameZh;
}

export function scenarioName(code: string, language: Language): string {
  const scenario = scenarioByCode(code);
  return scenario ? localName(scenario, language) : code;
}

export function industryName(code: string, language: Language): string {
  const industry = industryByCode(code);
  return industry ? localName(industry, language) : code;
}

/** A region's name; a city is written with its province ("浙江省 · 杭州市"). */
export function regionName(code: string, language: Language): string {
  const region = regionByCode(code);
  if (!region) return code;
  const own = localName(region, language);
  const province = region.parent === null ? undefined : regionByCode(region.parent);
  return province ? `${localName(province, language)} · ${own}` : own;
}

export function stageName(level: number, language: Language): string {
  const stage = stageByLevel(level);
  return stage ? localName(stage, language) : String(level);
}

export function kindName(kind: string, language: Language): string {
  return isOfferingKind(kind) ? localName(OFFERING_KIND_LABELS[kind], language) : kind;
}

export function deploymentName(deployment: string, language: Language): string {
  return isDeployment(deployment) ? localName(DEPLOYMENT_LABELS[deployment], language) : deployment;
}

/** The scenario groups in display order, each with its scenarios. */
export const SCENARIOS_BY_GROUP: readonly { group: ScenarioGroup; scenarios: Scenario[] }[] =
  SCENARIO_GROUPS.map((group) => ({
    group,
    scenarios: SCENARIOS.filter((scenario) => scenario.group === group.code),
  }));

export interface RegionOption {
  value: string;
  label: string;
  children?: RegionOption[];
}

/** Provinces, each with its capital city, for a cascader. */
export function regionOptions(language: Language): RegionOption[] {
  return REGIONS.filter((region) => region.parent === null).map((province) => ({
    value: province.code,
    label: localName(province, language),
    children: REGIONS.filter((region) => region.parent === province.code).map((city) => ({
      value: city.code,
      label: localName(city, language),
    })),
  }));
}

/** The cascader path of a region code: `[province]` or `[province, city]`. */
export function regionPath(code: string | null | undefined): string[] {
  if (!code) return [];
  const region = regionByCode(code);
  if (!region) return [];
  return region.parent === null ? [region.code] : [region.parent, region.code];
}

/** Industry select options: "C34 通用设备制造业". */
export function industryOptions(language: Language): { value: string; label: string }[] {
  return INDUSTRIES.map((industry) => ({
    value: industry.code,
    label: `${industry.code} ${localName(industry, language)}`,
  }));
}
