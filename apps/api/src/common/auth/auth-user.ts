import type { Role } from '@toolbox/domain';

/** The signed-in user attached to a request by the JWT strategy. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface JwtPayload {
  sub: string;
  role: Role;
}
