import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsOptional,
  Max,
  Min,
  registerDecorator,
  ValidateIf,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import {
  INDUSTRY_CODES,
  isIndustryCode,
  isOfferingStage,
  isRegionCode,
  isScenarioCode,
  isSmeLevel,
  REGION_CODES,
  SCENARIO_CODES,
} from '@toolbox/domain';

/** Several property decorators as one (class-validator has no applyDecorators). */
export function compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const d of decorators) d(target, key);
  };
}

function codeValidator(
  name: string,
  test: (value: string) => boolean,
  what: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      ...(options !== undefined ? { options } : {}),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && test(value),
        defaultMessage: (args?: ValidationArguments) => {
          const value: unknown = args?.value;
          const shown = Array.isArray(value)
            ? (value as unknown[]).filter((v) => typeof v !== 'string' || !test(v))
            : [value];
          return `${args?.property ?? 'value'} contains an unknown ${what}: ${JSON.stringify(shown[0] ?? value)}`;
        },
      },
    });
  };
}

export const IsScenarioCode = (o?: ValidationOptions): PropertyDecorator =>
  codeValidator('isScenarioCode', isScenarioCode, 'scenario code', o);
export const IsIndustryCode = (o?: ValidationOptions): PropertyDecorator =>
  codeValidator('isIndustryCode', isIndustryCode, 'industry code (GB/T 4754-2017 division)', o);
export const IsRegionCode = (o?: ValidationOptions): PropertyDecorator =>
  codeValidator('isRegionCode', isRegionCode, 'region code (GB/T 2260)', o);

export interface CodeListOptions {
  /** What `[]` means, said in the "must be an array" message: "every industry", "nationwide". */
  emptyMeans?: string;
  /** Refuse `[]`, with this message. */
  nonEmptyMessage?: string;
  /** At most this many codes; by default as many as the code list has. */
  max?: number;
}

function codeList(
  field: string,
  isCode: (o?: ValidationOptions) => PropertyDecorator,
  listSize: number,
  o: CodeListOptions,
): PropertyDecorator {
  const empty = o.emptyMeans === undefined ? '' : ` ([] = ${o.emptyMeans})`;
  return compose(
    IsArray({ message: `${field} must be an array${empty}` }),
    ...(o.nonEmptyMessage === undefined ? [] : [ArrayMinSize(1, { message: o.nonEmptyMessage })]),
    ArrayMaxSize(o.max ?? listSize),
    ArrayUnique({ message: `${field} must not repeat a code` }),
    isCode({ each: true }),
  );
}

/** `scenarios`: distinct scenario codes (offerings, programmes, cases). */
export const ScenarioCodeList = (o: CodeListOptions = {}): PropertyDecorator =>
  codeList('scenarios', IsScenarioCode, SCENARIO_CODES.length, o);
/** `industries`: distinct GB/T 4754 division codes. */
export const IndustryCodeList = (o: CodeListOptions = {}): PropertyDecorator =>
  codeList('industries', IsIndustryCode, INDUSTRY_CODES.length, o);
/** `regions`: distinct GB/T 2260 province or city codes. */
export const RegionCodeList = (o: CodeListOptions = {}): PropertyDecorator =>
  codeList('regions', IsRegionCode, REGION_CODES.length, o);

export function IsOfferingStage(o?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isOfferingStage',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(o !== undefined ? { options: o } : {}),
      validator: {
        validate: (value: unknown) => typeof value === 'number' && isOfferingStage(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'stages'} must contain digital levels from 1 to 4`,
      },
    });
  };
}

export function IsSmeLevel(o?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isSmeLevel',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(o !== undefined ? { options: o } : {}),
      validator: {
        validate: (value: unknown) => typeof value === 'number' && isSmeLevel(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'level'} must be a digital level from 0 to 4`,
      },
    });
  };
}

/**
 * C0 control characters other than tab, line feed and carriage return, DEL, and the C1 controls.
 * PostgreSQL refuses NUL in text outright; the others are invisible, break logs and terminals, and
 * no field of this API has a use for them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** True when `value` is a string with no control character (see CONTROL_CHARS). */
export function hasNoControlChars(value: unknown): boolean {
  return typeof value === 'string' && !CONTROL_CHARS.test(value);
}

/**
 * The shared rule of every string field (code `noControlChars`): no NUL or other control
 * character; tab and line breaks are allowed. Non-strings pass, so the field's own type rule
 * (`isString`, `isEmail`, …) is the one that speaks about them.
 */
export function NoControlChars(o?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'noControlChars',
      target: target.constructor,
      propertyName: String(propertyName),
      ...(o !== undefined ? { options: o } : {}),
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || hasNoControlChars(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? 'value'} must not contain control characters such as NUL`,
      },
    });
  };
}

/**
 * A field of a partial update (`PATCH`) that may be left out but, when given, must not be `null`
 * because the stored value cannot be null. Unlike `@IsOptional()` (which skips every rule for
 * `null`), the field's rules run for `null`, and the 400 says `notNull` naming the field.
 */
export function OptionalNotNull(): PropertyDecorator {
  return compose(
    ValidateIf((_object: unknown, value: unknown) => value !== undefined),
    (target, propertyName) => {
      registerDecorator({
        name: 'notNull',
        target: target.constructor,
        propertyName: String(propertyName),
        validator: {
          validate: (value: unknown) => value !== null,
          defaultMessage: (args?: ValidationArguments) =>
            `${args?.property ?? 'value'} must not be null`,
        },
      });
    },
  );
}

/** Query-string values arrive as strings; a repeated parameter arrives as an array. */
export const ToArray = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined ? undefined : Array.isArray(value) ? value : [value],
  );

/**
 * A query-string integer (`?page=2`); anything that is not an integer — or is beyond the safe
 * integer range, like `99999999999999999999` — stays a string, so the field's `isInt` rule
 * refuses it.
 */
export const ToInt = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    const toInt = (v: unknown): unknown => {
      if (typeof v !== 'string' || !/^-?\d{1,16}$/.test(v)) return v;
      const n = Number(v);
      return Number.isSafeInteger(n) ? n : v;
    };
    return Array.isArray(value) ? (value as unknown[]).map(toInt) : toInt(value);
  });

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `?page=1&pageSize=20` of every list endpoint (pageSize 1–100, anything else 400). */
export class PageQuery {
  @IsOptional()
  @ToInt()
  @IsInt({ message: 'page must be an integer' })
  @Min(1, { message: 'page must be at least 1' })
  @Max(100_000)
  page?: number;

  @IsOptional()
  @ToInt()
  @IsInt({ message: 'pageSize must be an integer' })
  @Min(1, { message: 'pageSize must be from 1 to 100' })
  @Max(MAX_PAGE_SIZE, { message: 'pageSize must be from 1 to 100' })
  pageSize?: number;
}
