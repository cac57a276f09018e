import {
  BILLING_PERIOD_LABELS,
  type BillingPeriod,
  DEPLOYMENT_LABELS,
  INDUSTRIES,
  OFFERING_KIND_LABELS,
  OFFERING_STATUS_LABELS,
  type OfferingStatus,
  PROVIDER_KIND_LABELS,
  type ProviderKind,
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
  type ScenarioGroupCode,
} from '@toolbox/domain';
import type { Language } from '../lib';

/**
 * Names of the shared taxonomy (scenarios, industries, regions, stages, kinds, deployments,
 * billing periods, statuses) in the UI language: the one place the web turns codes into words.
 * Unknown codes are shown as the code itself.
 */

/** A bilingual name in the UI language. */
export function localName(label: { nameZh: string; nameEn: string }, language: Language): string {
  return language === 'en' ? label.nameEn : label.nameZh;
}

export function scenarioName(code: string, language: Language): string {
  const scenario = scenarioByCode(code);
  return scenario ? localName(scenario, language) : code;
}

export function scenarioDescription(code: string, language: Language): string {
  const scenario = scenarioByCode(code);
  if (!scenario) return '';
  return language === 'en' ? scenario.descriptionEn : scenario.descriptionZh;
}

const SCENARIO_GROUP_BY_CODE = new Map(SCENARIO_GROUPS.map((group) => [group.code, group]));

export function scenarioGroupName(code: ScenarioGroupCode, language: Language): string {
  const group = SCENARIO_GROUP_BY_CODE.get(code);
  return group ? localName(group, language) : code;
}

export function industryName(code: string, language: Language): string {
  const industry = industryByCode(code);
  return industry ? localName(industry, language) : code;
}

/** A region's own name, without its province ("杭州市"). */
export function regionOwnName(code: string, language: Language): string {
  const region = regionByCode(code);
  return region ? localName(region, language) : code;
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

export function stageDescription(level: number, language: Language): string {
  const stage = stageByLevel(level);
  if (!stage) return '';
  return language === 'en' ? stage.descriptionEn : stage.descriptionZh;
}

export function kindName(kind: string, language: Language): string {
  return isOfferingKind(kind) ? localName(OFFERING_KIND_LABELS[kind], language) : kind;
}

export function deploymentName(deployment: string, language: Language): string {
  return isDeployment(deployment) ? localName(DEPLOYMENT_LABELS[deployment], language) : deployment;
}

export function providerKindName(kind: ProviderKind, language: Language): string {
  return localName(PROVIDER_KIND_LABELS[kind], language);
}

export function billingPeriodName(period: BillingPeriod, language: Language): string {
  return localName(BILLING_PERIOD_LABELS[period], language);
}

export function offeringStatusName(status: OfferingStatus, language: Language): string {
  return localName(OFFERING_STATUS_LABELS[status], language);
}

/** The scenario groups in display order, each with its scenarios. */
export const SCENARIOS_BY_GROUP: readonly { group: ScenarioGroup; scenarios: Scenario[] }[] =
  SCENARIO_GROUPS.map((group) => ({
    group,
    scenarios: SCENARIOS.filter((scenario) => scenario.group === group.code),
  }));

export interface ScenarioGroupOption {
  label: string;
  /** The group's name again, as the group header's tooltip. */
  title: string;
  options: { value: string; label: string }[];
}

/** Scenario select options grouped by scenario group, in display order. */
export function scenarioGroupOptions(language: Language): ScenarioGroupOption[] {
  return SCENARIOS_BY_GROUP.map(({ group, scenarios }) => ({
    label: localName(group, language),
    title: localName(group, language),
    options: scenarios.map((scenario) => ({
      value: scenario.code,
      label: localName(scenario, language),
    })),
  }));
}

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
