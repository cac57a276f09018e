import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiResponse } from '@nestjs/swagger';
import { STATUS_TEXT } from '../errors/error-status.js';

/**
 * Request body documented from the contracts' class-validator rules: the schemas are generated
 * once from the validation metadata (openapi.ts) and referenced here by class name.
 */
export function ApiJsonBody(dto: abstract new (...args: never[]) => unknown): MethodDecorator {
  return ApiBody({ schema: { $ref: `#/components/schemas/${dto.name}` } });
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
