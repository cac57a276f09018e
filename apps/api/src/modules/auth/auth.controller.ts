import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { LoginRequest, RegisterRequest } from '@toolbox/contracts';
import type { AuthResponse, UserView } from '@toolbox/contracts';
import { Authenticated, CurrentUser } from '../../common/decorators/auth.decorators.js';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { ApiErrors, ApiJsonBody } from '../../common/openapi/openapi.decorators.js';
import { AuthResponseSchema, UserViewSchema } from './auth.schemas.js';
import { AuthService } from './auth.service.js';
import { ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @ApiOperation({ summary: 'Register an SME or provider account' })
  @ApiJsonBody(RegisterRequest)
  @ApiCreatedResponse({ type: AuthResponseSchema })
  @ApiErrors(400, 409, 429)
  register(@Body() body: RegisterRequest): Promise<AuthResponse> {
    return this.auth.register(body);
  }

  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; returns a JWT access token' })
  @ApiJsonBody(LoginRequest)
  @ApiOkResponse({ type: AuthResponseSchema })
  @ApiErrors(400, 401, 429)
  login(@Body() body: LoginRequest, @Req() req: Request): Promise<AuthResponse> {
    return this.auth.login(body, req.ip ?? 'unknown');
  }

  @Get('me')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserViewSchema })
  @ApiErrors(401)
  me(@CurrentUser() user: AuthUser): UserView {
    return this.auth.me(user);
  }
}
