import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { Role } from '@toolbox/domain';
import { AUTHENTICATED_KEY, ROLES_KEY } from '../decorators/auth.decorators.js';
import { AccessError } from '../errors/domain-error.js';
import type { AuthUser } from '../auth/auth-user.js';

/**
 * Global guard: authenticates the bearer token with Passport's JWT strategy where `@Roles()` or
 * `@Authenticated()` demand it (RolesGuard then checks the role). Routes without them are public; there a valid token still
 * identifies the caller (an owner sees their own drafts), an invalid one is ignored.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  private requirement(ctx: ExecutionContext): { required: boolean; roles: Role[] } {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets) ?? [];
    const authenticated =
      this.reflector.getAllAndOverride<boolean | undefined>(AUTHENTICATED_KEY, targets) ?? false;
    return { required: authenticated || roles.length > 0, roles };
  }

  override async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const { required } = this.requirement(ctx);
    const req = ctx.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const hasToken = typeof req.headers.authorization === 'string';
    if (!required && !hasToken) return true;
    let ok: boolean;
    try {
      ok = (await super.canActivate(ctx)) as boolean;
    } catch (e) {
      if (!(e instanceof AccessError)) throw e;
      if (required) throw e;
      req.user = undefined;
      return true;
    }
    if (!ok && required) throw new AccessError('UNAUTHENTICATED');
    return true;
  }

  override handleRequest<TUser = AuthUser>(err: unknown, user: TUser | false): TUser {
    if (err instanceof Error) throw err;
    if (user === false || user === null || user === undefined)
      throw new AccessError('UNAUTHENTICATED');
    return user;
  }
}
