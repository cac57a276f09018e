import { Transform } from 'class-transformer';
import {
  IsInt,
  IsOptional,
  Max,
  Min,
  registerDecorator,
  type ValidationArguments,
  type ValidationOptions,
} from 'class-validator';
import {
  isIndustryCode,
  isOfferingStage,
  isRegionCode,
  isScenarioCode,
  isSmeLevel,
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

/** Query-string values arrive as strings; a repeated parameter arrives as an array. */
export const ToArray = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) =>
    value === undefined ? undefined : Array.isArray(value) ? value : [value],
  );

/** A query-string integer (`?page=2`); anything that is not an integer stays invalid. */
export const ToInt = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => {
    if (Array.isArray(value)) {
      return (value as unknown[]).map((v) =>
        typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : v,
      );
    }
    return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
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
