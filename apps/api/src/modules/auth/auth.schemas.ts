import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@toolbox/domain';
import type { AuthResponse, UserView } from '@toolbox/contracts';

/** OpenAPI shapes of the auth answers; `implements` keeps them true to the contracts. */
export class UserViewSchema implements UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class AuthResponseSchema implements AuthResponse {
  @ApiProperty({ description: 'JWT (HS256); send as `Authorization: Bearer <token>`' })
  accessToken!: string;
  @ApiProperty({ type: UserViewSchema }) user!: UserViewSchema;
}
