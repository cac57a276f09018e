import { REGIONS, regionByCode, type ScenarioCode } from '@toolbox/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { Language } from '../../lib';
import { formatAmount, localName, parseAmount, regionOptions } from '../../shared';
import type { CreateProgrammeRequest, ProgrammeView } from './api/types';
import { PROGRAMME_LIMITS } from './api/types';

/** The programme form's values: money as typed yuan text, the window as two local dates. */
export interface ProgrammeFormValues {
  name: string;
  description: string;
  /** Cascader path: `[province]`, `[province, city]`, or `[city]` for a city-scoped gov. */
  region: string[];
  industries: string[];
  scenarios: ScenarioCode[];
  levels: number[];
  subsidyPercent: number | null;
  cap: string;
  budget: string;
  /** First and last day the programme takes applications (both inclusive, local time). */
  window: [Dayjs, Dayjs] | null;
}

export interface RegionChoice {
  value: string;
  label: string;
  children?: RegionChoice[];
}

/**
 * The regions a manager may pick: an admin any province or city; a gov with a province its
 * province and that province's cities; a gov with a city only that city.
 */
export function regionChoices(scope: string | null, language: Language): RegionChoice[] {
  if (scope === null) return regionOptions(language);
  const own = regionByCode(scope);
  if (own === undefined) return [];
  if (own.parent !== null) return [{ value: own.code, label: localName(own, language) }];
  return [
    {
      value: own.code,
      label: localName(own, language),
      children: REGIONS.filter((region) => region.parent === own.code).map((city) => ({
        value: city.code,
        label: localName(city, language),
      })),
    },
  ];
}

/** The cascader path of a programme region within the choices of `scope`. */
export function regionChoicePath(code: string, scope: string | null): string[] {
  const region = regionByCode(code);
  if (region === undefined) return [];
  if (scope !== null && regionByCode(scope)?.parent != null) return [code];
  return region.parent === null ? [code] : [region.parent, code];
}

/** Why a typed amount cannot be money in fen, or null when it can (empty counts as missing). */
export function amountProblem(
  text: string | undefined,
): 'required' | 'format' | 'precision' | 'tooLarge' | 'min' | null {
  const parsed = parseAmount(text ?? '', 'yuan');
  if (!parsed.ok) return parsed.problem;
  if (parsed.cents === null) return 'required';
  if (parsed.cents < 1) return 'min';
  if (parsed.cents > PROGRAMME_LIMITS.moneyCentsMax) return 'tooLarge';
  return null;
}

function cents(text: string): number {
  const parsed = parseAmount(text, 'yuan');
  if (!parsed.ok || parsed.cents === null) throw new RangeError(`not an amount: ${text}`);
  return parsed.cents;
}

/** The window's ISO times: opens at the first day's local midnight, closes after the last day. */
export function windowToIso(window: [Dayjs, Dayjs]): { opensAt: string; closesAt: string } {
  return {
    opensAt: window[0].startOf('day').toISOString(),
    closesAt: window[1].add(1, 'day').startOf('day').toISOString(),
  };
}

/** The inclusive local days of a stored window (closesAt is exclusive). */
export function isoToWindow(opensAt: string, closesAt: string): [Dayjs, Dayjs] {
  return [dayjs(opensAt), dayjs(closesAt).subtract(1, 'millisecond')];
}

/** Validated form values → the create body (the form's rules ran first). */
export function toProgrammeRequest(values: ProgrammeFormValues): CreateProgrammeRequest {
  if (values.window === null) throw new RangeError('window is required');
  const region = values.region[values.region.length - 1];
  if (region === undefined) throw new RangeError('region is required');
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    region,
    industries: values.industries,
    scenarios: values.scenarios,
    levels: [...values.levels].sort((a, b) => a - b),
    subsidyPercent: values.subsidyPercent ?? 0,
    capCents: cents(values.cap),
    budgetCents: cents(values.budget),
    ...windowToIso(values.window),
  };
}

/** A stored programme (a draft being edited) as form values. */
export function toProgrammeFormValues(
  programme: ProgrammeView,
  scope: string | null,
): ProgrammeFormValues {
  return {
    name: programme.name,
    description: programme.description,
    region: regionChoicePath(programme.region, scope),
    industries: programme.industries,
    scenarios: programme.scenarios,
    levels: programme.levels,
    subsidyPercent: programme.subsidyPercent,
    cap: formatAmount(programme.capCents, 'yuan'),
    budget: formatAmount(programme.budgetCents, 'yuan'),
    window: isoToWindow(programme.opensAt, programme.closesAt),
  };
}

/** A new programme's defaults: the gov's own region, 50 %, open from today for a year. */
export function emptyProgrammeFormValues(scope: string | null): ProgrammeFormValues {
  const today = dayjs().startOf('day');
  return {
    name: '',
    description: '',
    region: scope === null ? [] : regionChoicePath(scope, scope),
    industries: [],
    scenarios: [],
    levels: [],
    subsidyPercent: 50,
    cap: '',
    budget: '',
    window: [today, today.add(1, 'year').subtract(1, 'day')],
  };
}

/** The API's field names → the form's (for 400s mapped onto fields). */
export const PROGRAMME_FIELD_MAPPING = {
  fields: {
    name: 'name',
    description: 'description',
    region: 'region',
    industries: 'industries',
    scenarios: 'scenarios',
    levels: 'levels',
    subsidyPercent: 'subsidyPercent',
    capCents: 'cap',
    budgetCents: 'budget',
    opensAt: 'window',
    closesAt: 'window',
  },
  limits: {
    name: { maxLength: PROGRAMME_LIMITS.nameMax },
    description: { maxLength: PROGRAMME_LIMITS.descriptionMax },
    subsidyPercent: { min: 1, max: 100 },
  },
} as const;
