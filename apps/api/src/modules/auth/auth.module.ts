import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogueModule } from '../catalogue/index.js';
import { UsersModule } from '../users/index.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { GovAccountsController } from './gov-accounts.controller.js';
import { GovAccountsService } from './gov-accounts.service.js';
import { RevokedTokenEntity } from './entities/revoked-token.entity.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LoginAttemptLimiter } from './login-attempt-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { RevokedTokensRepository } from './revoked-tokens.repository.js';

@Module({
  imports: [
    UsersModule,
    CatalogueModule,
    PassportModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([RevokedTokenEntity]),
  ],
  controllers: [AuthController, GovAccountsController],
  providers: [
    AuthService,
    GovAccountsService,
    JwtStrategy,
    LoginAttemptLimiter,
    PasswordHasher,
    RevokedTokensRepository,
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
