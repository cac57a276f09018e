import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { ApiErrorBody } from '@toolbox/contracts';
import { Logger } from '../logging/logger.js';
import { DomainError } from '../errors/domain-error.js';
import { type DomainErrorCode, STATUS_TEXT, statusOf } from '../errors/error-status.js';
import { isDependencyDown } from '../errors/dependency-errors.js';

interface Mapped {
  status: number;
  message: string | string[];
  code?: string;
  headers?: Record<string, string>;
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
        { method: req.method, url: req.originalUrl, err: String(exception) },
        'dependency unavailable',
      );
    } else if (mapped.status >= 500) {
      this.logger.error(
        { err: exception, method: req.method, url: req.originalUrl, status: mapped.status },
        'request failed',
      );
    }
    if (res.headersSent) return;
    const body: ApiErrorBody = {
      statusCode: mapped.status,
      error: STATUS_TEXT[mapped.status] ?? 'Error',
      message: mapped.message,
      ...(mapped.code !== undefined ? { code: mapped.code } : {}),
    };
    for (const [name, value] of Object.entries(mapped.headers ?? {})) res.setHeader(name, value);
    res.status(mapped.status).json(body);
  }

  private map(exception: unknown): Mapped {
    if (exception instanceof DomainError) {
      const code = exception.code as DomainErrorCode;
      const retry = (exception as { retryAfterSeconds?: number }).retryAfterSeconds;
      const problems = (exception as { problems?: readonly string[] }).problems;
      return {
        status: statusOf(code),
        message: problems !== undefined && problems.length > 0 ? [...problems] : exception.message,
        code,
        ...(retry !== undefined ? { headers: { 'Retry-After': String(retry) } } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      let message: string | string[] = exception.message;
      if (typeof response === 'object' && response !== null && 'message' in response) {
        const m = response.message;
        if (typeof m === 'string' || (Array.isArray(m) && m.every((x) => typeof x === 'string'))) {
          message = m;
        }
      }
      return { status, message };
    }
    if (isBodyParserError(exception)) {
      const status = exception.status ?? 400;
      const message =
        exception.type === 'entity.parse.failed'
          ? 'request body is not valid JSON'
          : exception.type === 'entity.too.large'
            ? 'request body is too large'
            : exception.message;
      return { status, message };
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
      if (pgCode === '22P02' || pgCode === '22003' || pgCode === '23514') {
        return { status: 400, message: 'invalid value' };
      }
    }
    return { status: 500, message: 'internal server error' };
  }
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
