import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../users/index.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LoginAttemptLimiter } from './login-attempt-limiter.js';
import { PasswordHasher } from './password-hasher.js';

@Module({
  imports: [UsersModule, PassportModule, JwtModule.register({})],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, LoginAttemptLimiter, PasswordHasher],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
