import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

const ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    error: { type: 'string', example: 'Bad Request' },
    message: {
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
      example: ['password must be at least 10 characters'],
    },
    code: { type: 'string', description: 'stable domain error code', example: 'EMAIL_TAKEN' },
    errors: {
      type: 'array',
      description:
        'every validation problem of a 400, one per field and failed rule; clients map by field and code',
      items: { $ref: '#/components/schemas/FieldError' },
    },
  },
};

const FIELD_ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['field', 'code', 'message'],
  properties: {
    field: {
      type: 'string',
      description: 'dotted path of the field; "" for the body as a whole',
      example: 'plans.0.priceCents',
    },
    code: {
      type: 'string',
      description:
        'stable machine code: the failed rule (isEmail, min, maxLength, isIn, …) or required, unknownField, invalidJson, tooLarge, invalidValue',
      example: 'min',
    },
    message: { type: 'string', example: 'plans.0.priceCents must not be less than 0' },
  },
};

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('数转工具箱 · SME Transformation Toolbox API')
    .setDescription(
      'API v1 of the SME digital-transformation marketplace. All money is integer fen (CNY minor units); ' +
        'lists are paged as {items,total,page,pageSize}; errors are {statusCode,error,message,code?,errors?}.',
    )
    .setVersion('1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const generated = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
  }) as Record<string, SchemaObject>;
  document.components = {
    ...document.components,
    schemas: {
      ...generated,
      ...document.components?.schemas,
      ApiErrorBody: ERROR_SCHEMA,
      FieldError: FIELD_ERROR_SCHEMA,
    },
  };
  return document;
}

export function mountOpenApi(app: INestApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: '数转工具箱 API',
  });
}
