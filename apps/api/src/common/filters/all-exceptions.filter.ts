import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { type ApiErrorBody, type FieldError, VALIDATION_CODES } from '@toolbox/contracts';
import { Logger, safeError } from '../logging/logger.js';
import { isDomainError } from '../errors/domain-error.js';
import { STATUS_TEXT } from '../errors/status-text.js';
import { isDependencyDown } from '../errors/dependency-errors.js';

interface Mapped {
  status: number;
  message: string | string[];
  code?: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

/** A 400 about the body as a whole (`field: ""`). */
function bodyError(code: string, message: string): FieldError[] {
  return [{ field: '', code, message }];
}

function isFieldErrorList(value: unknown): value is FieldError[] {
  return (
    Array.isArray(value) &&
    value.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as FieldError).field === 'string' &&
        typeof (e as FieldError).code === 'string' &&
        typeof (e as FieldError).message === 'string',
    )
  );
}

/** The one place where errors become HTTP answers. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const mapped = this.map(exception);
    if (mapped.status === 503) {
      this.logger.warn(
        { method: req.method, url: req.originalUrl, err: safeError(exception) },
        'dependency unavailable',
      );
    } else if (mapped.status >= 500) {
      this.logger.error(
        // Type, message, stack and codes only: never a failed query's parameters or driver detail.
        {
          err: safeError(exception),
          method: req.method,
          url: req.originalUrl,
          status: mapped.status,
        },
        'request failed',
      );
    }
    if (res.headersSent) return;
    const body: ApiErrorBody = {
      statusCode: mapped.status,
      error: STATUS_TEXT[mapped.status] ?? 'Error',
      message: mapped.message,
      ...(mapped.code !== undefined ? { code: mapped.code } : {}),
      ...(mapped.errors !== undefined ? { errors: mapped.errors } : {}),
    };
    for (const [name, value] of Object.entries(mapped.headers ?? {})) res.setHeader(name, value);
    res.status(mapped.status).json(body);
  }

  private map(exception: unknown): Mapped {
    if (isDomainError(exception)) {
      const error = exception;
      const { retryAfterSeconds: retry, problems, fields } = error.details;
      return {
        status: error.status,
        message: problems !== undefined && problems.length > 0 ? [...problems] : error.message,
        code: error.code,
        ...(fields !== undefined && fields.length > 0 ? { errors: [...fields] } : {}),
        ...(retry !== undefined ? { headers: { 'Retry-After': String(retry) } } : {}),
      };
    }
    // Express's body parser fails before validation; Nest wraps its error in a BadRequestException.
    const parserError = isBodyParserError(exception)
      ? exception
      : exception instanceof HttpException && isBodyParserError(exception.cause)
        ? exception.cause
        : undefined;
    if (parserError !== undefined) return mapBodyParserError(parserError);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      let message: string | string[] = exception.message;
      let errors: FieldError[] | undefined;
      if (typeof response === 'object' && response !== null && 'message' in response) {
        const m = response.message;
        if (typeof m === 'string' || (Array.isArray(m) && m.every((x) => typeof x === 'string'))) {
          message = m;
        }
        if ('errors' in response && isFieldErrorList(response.errors)) errors = response.errors;
      }
      return { status, message, ...(errors !== undefined ? { errors } : {}) };
    }
    if (isDependencyDown(exception)) {
      return {
        status: 503,
        message: 'a backing service is unavailable; nothing was changed, please retry shortly',
        code: 'SERVICE_UNAVAILABLE',
        headers: { 'Retry-After': '5' },
      };
    }
    if (exception instanceof QueryFailedError) {
      const pgCode = (exception.driverError as { code?: string } | undefined)?.code;
      if (pgCode === '23505')
        return { status: 409, message: 'the resource already exists', code: 'CONFLICT' };
      // The last line of defence when validation let bad input through: PostgreSQL's data
      // exceptions (class 22: invalid text or byte sequence such as NUL, out of range, bad date,
      // too long), NOT NULL and CHECK violations, and an index row too large (54000) are 400s.
      if (pgCode !== undefined && isInputRefusal(pgCode)) {
        const message = 'invalid value';
        return { status: 400, message, errors: bodyError(VALIDATION_CODES.invalidValue, message) };
      }
    }
    return { status: 500, message: 'internal server error' };
  }
}

const INPUT_REFUSALS = new Set(['23502', '23514', '54000']);

function isInputRefusal(sqlState: string): boolean {
  return sqlState.startsWith('22') || INPUT_REFUSALS.has(sqlState);
}

function mapBodyParserError(error: BodyParserError): Mapped {
  const status = error.status ?? 400;
  if (error.type === 'entity.parse.failed') {
    const message = 'request body is not valid JSON';
    return { status, message, errors: bodyError(VALIDATION_CODES.invalidJson, message) };
  }
  if (error.type === 'entity.too.large') {
    const message = 'request body is too large';
    return { status, message, errors: bodyError(VALIDATION_CODES.tooLarge, message) };
  }
  return { status, message: error.message };
}

interface BodyParserError {
  type: string;
  status?: number;
  message: string;
}

function isBodyParserError(e: unknown): e is BodyParserError {
  return (
    typeof e === 'object' &&
    e !== null &&
    'type' in e &&
    typeof e.type === 'string' &&
    e.type.startsWith('entity.')
  );
}
