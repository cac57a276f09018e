import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';

/** A logged error: what went wrong and where, never the values it carried. */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  /** The error's own code (`ECONNREFUSED`, a domain code) or PostgreSQL's SQLSTATE (`23505`). */
  code?: string;
  table?: string;
  column?: string;
  constraint?: string;
  cause?: SafeError;
}

const shortText = (v: unknown): string | undefined =>
  typeof v === 'string' || typeof v === 'number' ? String(v).slice(0, 100) : undefined;

/**
 * The one way errors are logged (pino's `err` serializer, also used by the exception filter).
 * pino's standard serializer copies every enumerable property, which for a failed query is its
 * `parameters` (emails, password hashes, tokens) and the driver's `detail` (`Key (email)=(…)`),
 * and for an HTTP client error its request with headers: this one keeps the type, message,
 * stack and codes only.
 */
export function safeError(e: unknown, depth = 0): SafeError {
  if (!(e instanceof Error)) {
    return {
      type: typeof e,
      message: typeof e === 'string' ? e.slice(0, 500) : 'non-error thrown',
    };
  }
  const props = e as Error & Record<string, unknown>;
  const driver =
    typeof props.driverError === 'object' && props.driverError !== null
      ? (props.driverError as Record<string, unknown>)
      : props;
  const code = shortText(driver.code) ?? shortText(props.code);
  const table = shortText(driver.table);
  const column = shortText(driver.column);
  const constraint = shortText(driver.constraint);
  return {
    type: e.constructor.name,
    message: e.message,
    ...(e.stack !== undefined ? { stack: e.stack } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(table !== undefined ? { table } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(constraint !== undefined ? { constraint } : {}),
    ...(e.cause !== undefined && depth < 3 ? { cause: safeError(e.cause, depth + 1) } : {}),
  };
}

/**
 * Options of every API logger: serializers that never print a failed query's parameters, and
 * redaction of credentials wherever a caller puts them in a log object.
 */
export const LOGGER_OPTIONS = {
  base: { service: 'toolbox-api' },
  timestamp: pino.stdTimeFunctions.isoTime,
  serializers: { err: safeError, error: safeError },
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      '*.password',
      '*.passwordHash',
      '*.currentPassword',
      '*.newPassword',
      '*.accessToken',
      '*.token',
      '*.parameters',
      '*.driverError',
    ],
    censor: '[redacted]',
  },
} satisfies pino.LoggerOptions;

let root: PinoLogger = pino({
  ...LOGGER_OPTIONS,
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
});

/** Re-level the shared logger once the configuration is known. */
export function configureLogging(level: LevelWithSilent): void {
  root.level = level;
}

export function rootLogger(): PinoLogger {
  return root;
}

/** Replace the root logger (tests). */
export function setRootLogger(logger: PinoLogger): void {
  root = logger;
}

/** A structured logger bound to a context, e.g. `new Logger('auth')`. */
export class Logger {
  constructor(private readonly context: string) {}

  private get log(): PinoLogger {
    return root.child({ context: this.context });
  }

  info(obj: object | string, msg?: string): void {
    if (typeof obj === 'string') this.log.info(obj);
    else this.log.info(obj, msg);
  }

  warn(obj: object | string, msg?: string): void {
    if (typeof obj === 'string') this.log.warn(obj);
    else this.log.warn(obj, msg);
  }

  error(obj: object | string, msg?: string): void {
    if (typeof obj === 'string') this.log.error(obj);
    else this.log.error(obj, msg);
  }
}

function text(message: unknown): string {
  if (typeof message === 'string') return message;
  // JSON.stringify of an error would print its enumerable properties (a query's parameters).
  if (message instanceof Error) return `${message.constructor.name}: ${message.message}`;
  return JSON.stringify(message);
}

/** Routes Nest's own framework logs into pino. */
export class NestPinoLogger implements LoggerService {
  log(message: unknown, context?: string): void {
    root.info({ context }, text(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    root.error({ context, trace }, text(message));
  }
  warn(message: unknown, context?: string): void {
    root.warn({ context }, text(message));
  }
  debug(message: unknown, context?: string): void {
    root.debug({ context }, text(message));
  }
  verbose(message: unknown, context?: string): void {
    root.trace({ context }, text(message));
  }
}
