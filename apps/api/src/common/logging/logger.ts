import type { LoggerService } from '@nestjs/common';
import { pino, type Logger as PinoLogger, type LevelWithSilent } from 'pino';

let root: PinoLogger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'toolbox-api' },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.passwordHash'],
    censor: '[redacted]',
  },
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
  return typeof message === 'string' ? message : JSON.stringify(message);
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
