import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { QueryFailedError } from 'typeorm';
import type { AuthResponse, LoginRequest, RegisterRequest, UserView } from '@toolbox/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AuthUser, JwtPayload } from '../../common/auth/auth-user.js';
import { Logger } from '../../common/logging/logger.js';
import { UsersRepository } from '../users/index.js';
import type { UserEntity } from '../users/index.js';
import { AuthError } from './auth.errors.js';
import { LoginAttemptLimiter } from './login-attempt-limiter.js';
import { PasswordHasher } from './password-hasher.js';

export function toUserView(user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role'>): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly limiter: LoginAttemptLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async register(input: RegisterRequest): Promise<AuthResponse> {
    if ((await this.users.findByEmail(input.email)) !== null) throw new AuthError('EMAIL_TAKEN');
    const passwordHash = await this.hasher.hash(input.password);
    let user: UserEntity;
    try {
      user = await this.users.insert({
        email: input.email,
        name: input.name,
        role: input.role,
        passwordHash,
      });
    } catch (e) {
      // Two registrations raced past the check above: the unique index decides.
      if (e instanceof QueryFailedError && (e.driverError as { code?: string }).code === '23505') {
        throw new AuthError('EMAIL_TAKEN');
      }
      throw e;
    }
    this.logger.info({ userId: user.id, role: user.role }, 'user registered');
    return this.issue(user);
  }

  async login(input: LoginRequest, clientIp: string): Promise<AuthResponse> {
    const retry = await this.limiter.retryAfterSeconds(input.email, clientIp);
    if (retry > 0) throw new AuthError('TOO_MANY_LOGIN_ATTEMPTS', undefined, retry);
    const user = await this.users.findByEmail(input.email);
    // An unknown email still costs one hash check, so timing does not reveal which emails exist.
    const ok = await this.hasher.verify(
      user?.passwordHash ?? (await this.hasher.dummyHash()),
      input.password,
    );
    if (user === null || !ok) {
      await this.limiter.recordFailure(input.email, clientIp);
      this.logger.warn({ email: input.email, ip: clientIp }, 'login failed');
      throw new AuthError('INVALID_CREDENTIALS');
    }
    await this.limiter.reset(input.email, clientIp);
    return this.issue(user);
  }

  me(user: AuthUser): UserView {
    return toUserView(user);
  }

  /** Creates the admin account from ADMIN_EMAIL/ADMIN_PASSWORD, or brings its password up to date. */
  async ensureAdmin(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (adminEmail === undefined || adminPassword === undefined) return;
    const existing = await this.users.findByEmail(adminEmail);
    if (existing === null) {
      const passwordHash = await this.hasher.hash(adminPassword);
      await this.users.insert({
        email: adminEmail,
        name: '平台管理员',
        role: 'admin',
        passwordHash,
      });
      this.logger.info({ email: adminEmail }, 'admin account created');
      return;
    }
    const same = await this.hasher.verify(existing.passwordHash, adminPassword);
    if (!same || existing.role !== 'admin') {
      await this.users.updatePasswordAndRole(
        existing.id,
        await this.hasher.hash(adminPassword),
        'admin',
      );
      this.logger.info({ email: adminEmail }, 'admin account updated from configuration');
    }
  }

  private async issue(user: UserEntity): Promise<AuthResponse> {
    const payload: JwtPayload = { sub: user.id, role: user.role };
    const accessToken = await this.jwt.signAsync(payload, {
      secret: this.config.jwtSecret,
      expiresIn: this.config.jwtTtlSeconds,
      algorithm: 'HS256',
    });
    return { accessToken, user: toUserView(user) };
  }
}
