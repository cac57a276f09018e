import type { Role } from '@toolbox/domain';

/** The signed-in user attached to a request by the JWT strategy. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** A gov user's region (GB/T 2260); null for every other role. */
  region: string | null;
  /** The access token this request came with (its id and expiry, epoch seconds): logout revokes it. */
  token?: { id: string; expiresAt: number };
}

export interface JwtPayload {
  sub: string;
  role: Role;
  /** The user's token version when the token was issued (docs/adr/0009). */
  tv: number;
  /** Token id (set by the signer from `jwtid`), for logout's deny list. */
  jti?: string;
  /** Expiry, epoch seconds (set by the signer). */
  exp?: number;
}
