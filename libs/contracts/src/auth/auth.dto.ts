import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { NoControlChars } from '../common/validators.js';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type Role,
  SELF_SERVICE_ROLES,
  type SelfServiceRole,
} from '@toolbox/domain';

const trimLower = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class RegisterRequest {
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @NoControlChars()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @NoControlChars()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `password must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Transform(trim)
  @IsString()
  @NoControlChars()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(NAME_MAX_LENGTH)
  name!: string;

  @IsIn(SELF_SERVICE_ROLES, { message: 'role must be one of: sme, provider' })
  role!: SelfServiceRole;
}

export class LoginRequest {
  @Transform(trimLower)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @NoControlChars()
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @NoControlChars()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** A gov account's region (GB/T 2260 code); null for every other role. */
  region: string | null;
}

export interface AuthResponse {
  accessToken: string;
  user: UserView;
}

export interface HealthResponse {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
  search: 'up' | 'down';
}
