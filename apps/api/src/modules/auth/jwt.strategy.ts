import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AuthUser, JwtPayload } from '../../common/auth/auth-user.js';
import { UsersRepository } from '../users/index.js';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly users: UsersRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  /** A token whose user no longer exists (or changed role) is not accepted. */
  async validate(payload: JwtPayload): Promise<AuthUser | false> {
    const user = await this.users.findById(payload.sub);
    if (user === null || user.role !== payload.role) return false;
    return { id: user.id, email: user.email, name: user.name, role: user.role };
  }
}
