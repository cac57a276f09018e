import { IsString, MaxLength, MinLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@toolbox/domain';
import { NoControlChars } from '../common/validators.js';

/** `POST /api/auth/password`: every token issued before the change is 401 afterwards. */
export class ChangePasswordRequest {
  @IsString({ message: 'currentPassword must be a string' })
  @NoControlChars()
  @MinLength(1, { message: 'currentPassword must not be empty' })
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsString({ message: 'newPassword must be a string' })
  @NoControlChars()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `newPassword must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
