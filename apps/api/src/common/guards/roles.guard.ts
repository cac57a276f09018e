import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@toolbox/domain';
import { ROLES_KEY } from '../decorators/auth.decorators.js';
import { AccessError } from '../errors/domain-error.js';
import type { AuthUser } from '../auth/auth-user.js';

/** Enforces `@Roles(...)` after JwtAuthGuard has identified the caller: another role is a 403. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const roles =
      this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [
        ctx.getHandler(),
        ctx.getClass(),
      ]) ?? [];
    if (roles.length === 0) return true;
    const user = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>().user;
    if (user === undefined) throw new AccessError('UNAUTHENTICATED');
    if (!roles.includes(user.role)) throw new AccessError('FORBIDDEN_ROLE');
    return true;
  }
}
