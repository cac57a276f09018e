import { applyDecorators } from '@nestjs/common';
import {
  ApiBody,
  ApiExtraModels,
  ApiOkResponse,
  ApiQuery,
  ApiResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import { STATUS_TEXT } from '../errors/status-text.js';

/**
 * Request body documented from the contracts' class-validator rules: the schemas are generated
 * once from the validation metadata (openapi.ts) and referenced here by class name.
 */
export function ApiJsonBody(
  dto: abstract new (...args: never[]) => unknown,
  options: { required?: boolean } = {},
): MethodDecorator {
  return ApiBody({
    schema: { $ref: `#/components/schemas/${dto.name}` },
    ...(options.required === false ? { required: false } : {}),
  });
}

/** Documents the error answers a route can give, all in the ApiErrorBody shape. */
export function ApiErrors(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: STATUS_TEXT[status] ?? 'Error',
        schema: { $ref: '#/components/schemas/ApiErrorBody' },
      }),
    ),
  );
}

/** A paged list answer `{items,total,page,pageSize}` of the given item schema. */
export function ApiPage(item: abstract new (...args: never[]) => unknown): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['items', 'total', 'page', 'pageSize'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) } },
          total: { type: 'integer' },
          page: { type: 'integer' },
          pageSize: { type: 'integer' },
        },
      },
    }),
  );
}

type SchemaObject = Record<string, unknown> & {
  properties?: Record<string, object>;
  required?: string[];
};
let cachedSchemas: Record<string, SchemaObject> | undefined;

/** Documents query parameters from a contracts query DTO's class-validator rules. */
export function ApiQueryFrom(dto: abstract new (...args: never[]) => unknown): MethodDecorator {
  cachedSchemas ??= validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
  }) as Record<string, SchemaObject>;
  const schema = cachedSchemas[dto.name];
  const required = new Set(schema?.required ?? []);
  return applyDecorators(
    ...Object.entries(schema?.properties ?? {}).map(([name, prop]) =>
      ApiQuery({ name, required: required.has(name), schema: prop }),
    ),
  );
}
