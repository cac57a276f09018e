import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@toolbox/domain';
import { IsRegionCode, NoControlChars } from '../common/validators.js';

const trimLower = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** `POST /api/admin/gov-accounts` (admin): a local authority's account, acting only in `region`. */
export class CreateGovAccountRequest {
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

  /** GB/T 2260 code of our region list (a province or a city). */
  @IsRegionCode()
  region!: string;
}

/** One gov account in the admin's list. */
export interface GovAccountView {
  id: string;
  email: string;
  name: string;
  role: 'gov';
  region: string;
  disabledAt: string | null;
  createdAt: string;
}
