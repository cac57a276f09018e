import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Role } from '@toolbox/domain';
import type { AuthUser } from '../auth/auth-user.js';

export const ROLES_KEY = 'toolbox:roles';
export const AUTHENTICATED_KEY = 'toolbox:authenticated';

/** Route needs a signed-in user with one of these roles (401 without a token, 403 for another role). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_KEY, roles);

/** Route needs any signed-in user. */
export const Authenticated = (): MethodDecorator & ClassDecorator =>
  SetMetadata(AUTHENTICATED_KEY, true);

/** The signed-in user (undefined on public routes without a token). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser | undefined =>
    ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>().user,
);

export const SKIP_RATE_LIMIT_KEY = 'toolbox:skip-rate-limit';
/** Exclude a route from the per-address rate limit (health checks). */
export const SkipRateLimit = (): MethodDecorator & ClassDecorator =>
  SetMetadata(SKIP_RATE_LIMIT_KEY, true);
