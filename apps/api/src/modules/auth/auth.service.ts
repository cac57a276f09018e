import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { QueryFailedError } from 'typeorm';
import type {
  AuthResponse,
  ChangePasswordRequest,
  LoginRequest,
  RegisterRequest,
  UserView,
} from '@toolbox/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AuthUser, JwtPayload } from '../../common/auth/auth-user.js';
import { Clock } from '../../common/clock.js';
import { Logger } from '../../common/logging/logger.js';
import { UsersRepository } from '../users/index.js';
import type { UserEntity } from '../users/index.js';
import { AuthError } from './auth.errors.js';
import { LoginAttemptLimiter } from './login-attempt-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { RevokedTokensRepository } from './revoked-tokens.repository.js';

export function toUserView(
  user: Pick<UserEntity, 'id' | 'email' | 'name' | 'role' | 'region'>,
): UserView {
  return { id: user.id, email: user.email, name: user.name, role: user.role, region: user.region };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger('auth');

  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly limiter: LoginAttemptLimiter,
    private readonly revoked: RevokedTokensRepository,
    private readonly clock: Clock,
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
    if (user === null || !ok || user.disabledAt !== null) {
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

  /**
   * Replaces the signed-in user's password; every token issued before (this one included) is
   * 401 from then on. A wrong current password is a 401 and counts as a failed login.
   */
  async changePassword(
    actor: AuthUser,
    input: ChangePasswordRequest,
    clientIp: string,
  ): Promise<void> {
    const retry = await this.limiter.retryAfterSeconds(actor.email, clientIp);
    if (retry > 0) throw new AuthError('TOO_MANY_LOGIN_ATTEMPTS', undefined, retry);
    const user = await this.users.findById(actor.id);
    if (user === null) throw new AuthError('INVALID_CREDENTIALS');
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword))) {
      await this.limiter.recordFailure(actor.email, clientIp);
      this.logger.warn(
        { userId: user.id, ip: clientIp },
        'password change: wrong current password',
      );
      throw new AuthError('WRONG_CURRENT_PASSWORD');
    }
    await this.users.changePassword(user.id, await this.hasher.hash(input.newPassword));
    this.logger.info({ userId: user.id }, 'password changed; earlier tokens revoked');
  }

  /** Signs out the token of this request: it is 401 from then on. */
  async logout(actor: AuthUser): Promise<void> {
    if (actor.token === undefined) return;
    await this.revoked.revoke(
      actor.token.id,
      new Date(actor.token.expiresAt * 1000),
      new Date(this.clock.now()),
    );
  }

  /**
   * Creates the admin account from ADMIN_EMAIL/ADMIN_PASSWORD, or brings its password and role up
   * to date (revoking its earlier tokens when either changed). An earlier bootstrap admin (an
   * ADMIN_EMAIL that was replaced) is disabled and its tokens revoked. docs/adr/0009.
   */
  async ensureAdmin(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (adminEmail === undefined || adminPassword === undefined) return;
    const existing = await this.users.findByEmail(adminEmail);
    let adminId: string;
    if (existing === null) {
      const passwordHash = await this.hasher.hash(adminPassword);
      const created = await this.users.insert({
        email: adminEmail,
        name: '平台管理员',
        role: 'admin',
        passwordHash,
        bootstrapAdmin: true,
      });
      adminId = created.id;
      this.logger.info({ email: adminEmail }, 'admin account created');
    } else {
      adminId = existing.id;
      const same = await this.hasher.verify(existing.passwordHash, adminPassword);
      if (!same || existing.role !== 'admin' || existing.disabledAt !== null) {
        await this.users.makeBootstrapAdmin(existing.id, await this.hasher.hash(adminPassword));
        this.logger.info(
          { email: adminEmail },
          'admin account updated from configuration; its earlier tokens are revoked',
        );
      } else if (!existing.bootstrapAdmin) {
        await this.users.markBootstrapAdmin(existing.id);
      }
    }
    const disabled = await this.users.disableOtherBootstrapAdmins(
      adminId,
      new Date(this.clock.now()),
    );
    if (disabled.length > 0) {
      this.logger.warn(
        { disabled, email: adminEmail },
        'ADMIN_EMAIL changed: the earlier admin account is disabled',
      );
    }
  }

  private async issue(user: UserEntity): Promise<AuthResponse> {
    const payload: JwtPayload = { sub: user.id, role: user.role, tv: user.tokenVersion };
    const accessToken = await this.jwt.signAsync(payload, {
      secret: this.config.jwtSecret,
      expiresIn: this.config.jwtTtlSeconds,
      algorithm: 'HS256',
      jwtid: randomUUID(),
    });
    return { accessToken, user: toUserView(user) };
  }
}
