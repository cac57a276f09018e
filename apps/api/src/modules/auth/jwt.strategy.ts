import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AuthUser, JwtPayload } from '../../common/auth/auth-user.js';
import { UsersRepository } from '../users/index.js';
import { RevokedTokensRepository } from './revoked-tokens.repository.js';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersRepository,
    private readonly revoked: RevokedTokensRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /**
   * A token is accepted only while its user exists, is enabled, has the role and the token
   * version it was issued with (a password or role change raises it), and the token itself was
   * not signed out (docs/adr/0009).
   */
  async validate(payload: JwtPayload): Promise<AuthUser | false> {
    if (typeof payload.jti !== 'string' || typeof payload.tv !== 'number') return false;
    const user = await this.users.findById(payload.sub);
    if (user === null || user.disabledAt !== null) return false;
    if (user.role !== payload.role || user.tokenVersion !== payload.tv) return false;
    if (await this.revoked.isRevoked(payload.jti)) return false;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      token: { id: payload.jti, expiresAt: payload.exp ?? 0 },
    };
  }
}
