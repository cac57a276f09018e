import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '@toolbox/domain';
import type { AuthResponse, GovAccountView, UserView } from '@toolbox/contracts';

/** OpenAPI shapes of the auth answers; `implements` keeps them true to the contracts. */
export class UserViewSchema implements UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'A gov account’s region (GB/T 2260); null for other roles',
  })
  region!: string | null;
}

export class GovAccountSchema implements GovAccountView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['gov'] }) role!: 'gov';
  @ApiProperty({ example: '330000' }) region!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class AuthResponseSchema implements AuthResponse {
  @ApiProperty({ description: 'JWT (HS256); send as `Authorization: Bearer <token>`' })
  accessToken!: string;
  @ApiProperty({ type: UserViewSchema }) user!: UserViewSchema;
}
