import { INDUSTRIES } from './industries.js';
import { REGIONS } from './regions.js';
import {
  SCENARIO_GROUPS,
  SCENARIOS,
  type ScenarioCode,
  type ScenarioGroupCode,
} from './scenarios.js';
import { STAGES, type SmeLevel } from './stages.js';

export * from './catalogue.js';
export * from './industries.js';
export * from './regions.js';
export * from './scenarios.js';
export * from './stages.js';

/** The body of `GET /api/taxonomy` (API v1). */
export interface Taxonomy {
  industries: { code: string; nameZh: string; nameEn: string }[];
  scenarios: {
    code: ScenarioCode;
    nameZh: string;
    nameEn: string;
    group: ScenarioGroupCode;
    /** Extra (optional in the contract): one-sentence descriptions. */
    descriptionZh?: string;
    descriptionEn?: string;
  }[];
  stages: {
    level: SmeLevel;
    nameZh: string;
    nameEn: string;
    descriptionZh: string;
    descriptionEn: string;
  }[];
  regions: { code: string; nameZh: string; nameEn: string; parent: string | null }[];
  /** Extra (optional in the contract): the scenario groups with their names, in display order. */
  scenarioGroups?: { code: ScenarioGroupCode; nameZh: string; nameEn: string }[];
}

/** Builds the `GET /api/taxonomy` answer; every call returns fresh objects (safe to mutate). */
export function buildTaxonomy(): Taxonomy {
  return {
    industries: INDUSTRIES.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
    scenarios: SCENARIOS.map(({ code, nameZh, nameEn, group, descriptionZh, descriptionEn }) => ({
      code,
      nameZh,
      nameEn,
      group,
      descriptionZh,
      descriptionEn,
    })),
    stages: STAGES.map(({ level, nameZh, nameEn, descriptionZh, descriptionEn }) => ({
      level,
      nameZh,
      nameEn,
      descriptionZh,
      descriptionEn,
    })),
    regions: REGIONS.map(({ code, nameZh, nameEn, parent }) => ({ code, nameZh, nameEn, parent })),
    scenarioGroups: SCENARIO_GROUPS.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn })),
  };
}
