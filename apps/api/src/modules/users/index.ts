/** The users module's public surface. `UserEntity` is exported for foreign keys only. */
export { UsersModule } from './users.module.js';
export { UsersRepository } from './users.repository.js';
export { UserEntity } from './entities/user.entity.js';
