import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ChangePasswordRequest, LoginRequest, RegisterRequest } from '@toolbox/contracts';
import type { AuthResponse, UserView } from '@toolbox/contracts';
import { Authenticated, CurrentUser } from '../../common/decorators/auth.decorators.js';
import type { AuthUser } from '../../common/auth/auth-user.js';
import { ApiErrors, ApiJsonBody } from '../../common/openapi/openapi.decorators.js';
import { AuthResponseSchema, UserViewSchema } from './auth.schemas.js';
import { AuthService } from './auth.service.js';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse } from '@nestjs/swagger';

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

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Change the password; every token issued before (this one included) is 401 afterwards',
  })
  @ApiJsonBody(ChangePasswordRequest)
  @ApiNoContentResponse({ description: 'Password changed; sign in again' })
  @ApiErrors(400, 401, 429)
  changePassword(
    @CurrentUser() user: AuthUser,
    @Body() body: ChangePasswordRequest,
    @Req() req: Request,
  ): Promise<void> {
    return this.auth.changePassword(user, body, req.ip ?? 'unknown');
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: this token is 401 from then on' })
  @ApiNoContentResponse({ description: 'Signed out' })
  @ApiErrors(401)
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
  }
}
