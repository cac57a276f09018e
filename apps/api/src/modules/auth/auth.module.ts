import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/index.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { RevokedTokenEntity } from './entities/revoked-token.entity.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LoginAttemptLimiter } from './login-attempt-limiter.js';
import { PasswordHasher } from './password-hasher.js';
import { RevokedTokensRepository } from './revoked-tokens.repository.js';

@Module({
  imports: [
    UsersModule,
    PassportModule,
    JwtModule.register({}),
    TypeOrmModule.forFeature([RevokedTokenEntity]),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    JwtStrategy,
    LoginAttemptLimiter,
    PasswordHasher,
    RevokedTokensRepository,
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
