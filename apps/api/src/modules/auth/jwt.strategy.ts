import { createSecretKey } from 'node:crypto';
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
      // A KeyObject, made once: given the string, jsonwebtoken first tries (and fails) to parse it
      // as a public key on every request, which was a third of a token check's cost. passport-jwt
      // hands the key to jsonwebtoken unchanged, which accepts a KeyObject.
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /**
   * A token is accepted only while its user exists, is enabled, has the role and the token
   * version it was issued with (a password or role change raises it), and the token itself was
   * not signed out (docs/adr/0009). Both reads go out at once: one database round trip of
   * latency per authenticated request instead of two (issue 13).
   */
  async validate(payload: JwtPayload): Promise<AuthUser | false> {
    if (typeof payload.jti !== 'string' || typeof payload.tv !== 'number') return false;
    const [user, revoked] = await Promise.all([
      this.users.findById(payload.sub),
      this.revoked.isRevoked(payload.jti),
    ]);
    if (user === null || user.disabledAt !== null) return false;
    if (user.role !== payload.role || user.tokenVersion !== payload.tv) return false;
    if (revoked) return false;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      region: user.region,
      token: { id: payload.jti, expiresAt: payload.exp ?? 0 },
    };
  }
}
