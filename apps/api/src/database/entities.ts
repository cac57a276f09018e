import { UserEntity } from '../modules/users/entities/user.entity.js';

/** Every entity, listed explicitly (no globs: ESM and bundling stay predictable). */
export const ENTITIES = [UserEntity];
