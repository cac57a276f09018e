import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/** The request's client address (as the rate limit sees it): identifies anonymous callers. */
export const ClientAddress = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): string => {
    const req = ctx.switchToHttp().getRequest<Request>();
    return req.ip ?? req.socket.remoteAddress ?? 'unknown';
  },
);
