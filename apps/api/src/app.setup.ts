import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { randomUUID } from 'node:crypto';
import type { AppConfig } from './config/app-config.js';
import { rootLogger, safeError } from './common/logging/logger.js';
import { mountOpenApi } from './common/openapi/openapi.js';
import { IMMUTABLE, NO_CACHE, sendAsset, staticAssets } from './common/http/static-assets.js';

/**
 * HTTP plumbing shared by main.ts and the tests: prefix, security headers, logging, CORS,
 * body limits, OpenAPI and the web app. Validation, errors and guards live in AppModule.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.setGlobalPrefix('api');
  // Which proxies' X-Forwarded-For names the client (rate limits, login throttling): TRUST_PROXY.
  const trust = config.trustProxy;
  app.set(
    'trust proxy',
    typeof trust === 'boolean' || typeof trust === 'number' ? trust : [...trust],
  );
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'self'"],
          // TLS is terminated in front of the API (or absent on a laptop): do not force https.
          upgradeInsecureRequests: null,
        },
      },
      // HSTS belongs to the TLS-terminating proxy; sent over plain http it would lock users out.
      strictTransportSecurity: false,
    }),
  );
  app.use(
    pinoHttp({
      logger: rootLogger(),
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && given.length <= 100 ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // 503 is an expected, retryable state (a dependency is down): warn, not error.
      customLogLevel: (_req, res, err) => {
        if (res.statusCode >= 500 && res.statusCode !== 503) return 'error';
        return res.statusCode >= 400 || err !== undefined ? 'warn' : 'info';
      },
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
        // pino-http would otherwise use pino's standard serializer, which prints every property.
        err: safeError,
      },
    }),
  );
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins.includes('*') ? true : [...config.corsOrigins],
      credentials: false,
      exposedHeaders: ['Retry-After', 'X-Request-Id'],
    });
  }
  if (config.docsEnabled) mountOpenApi(app);
  if (config.webDistDir !== undefined) serveWebApp(app, config.webDistDir);
  app.enableShutdownHooks();
}

/** Serves the built web app at `/`; client-side routes get index.html, `/api/...` never does. */
function serveWebApp(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    rootLogger().warn({ dir }, 'WEB_DIST_DIR has no index.html; the web app is not served');
    return;
  }
  // Precompressed (.br/.gz from the build) when accepted; hashed assets cached for a year.
  app.use(
    '/assets',
    staticAssets(join(dir, 'assets'), () => IMMUTABLE),
  );
  app.use(
    '/assets',
    express.static(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  const root = staticAssets(dir, (file) => (file === index ? NO_CACHE : 'public, max-age=3600'));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === '/api' || req.path.startsWith('/api/');
    if (isApi || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next();
      return;
    }
    // A file at the root (favicon, index.html), else the SPA's index.html for a client route.
    root(req, res, () => void sendAsset(req, res, next, index, NO_CACHE).catch(next));
  });
}
